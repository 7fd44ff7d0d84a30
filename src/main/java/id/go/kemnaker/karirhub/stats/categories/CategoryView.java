package id.go.kemnaker.karirhub.stats.categories;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Category", description = "A category KarirHub counts: people who use its services, or job vacancies.")
public record CategoryView(
        @Schema(description = "Code used everywhere in the API", example = "JOB_SEEKER") Category code,
        @Schema(description = "Indonesian label, as in the LAKIP", example = "Pencari Kerja Aktif") String labelId,
        @Schema(description = "English label", example = "Active job seekers") String labelEn,
        @Schema(description = "What is counted") String description,
        @Schema(example = "true", description = "Whether it counts users of the labour-market services (IKK 6 adds "
                + "these up); false for VACANCY, the demand side") boolean serviceUser) {

    static CategoryView of(Category category) {
        return new CategoryView(category, category.labelId(), category.labelEn(), category.description(),
                category.isServiceUser());
    }
}
