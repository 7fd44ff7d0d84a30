package id.go.kemnaker.karirhub.stats.categories;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Category")
public record CategoryView(Category code, String labelId, String labelEn, String description, boolean serviceUser,
        Category.Kind kind) {

    static CategoryView of(Category category) {
        return new CategoryView(category, category.labelId(), category.labelEn(), category.description(),
                category.isServiceUser(), category.kind());
    }
}
