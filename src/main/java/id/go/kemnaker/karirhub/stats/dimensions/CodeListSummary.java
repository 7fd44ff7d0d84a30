package id.go.kemnaker.karirhub.stats.dimensions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.cells.Dimension;

/** One code list without its codes: for the list of lists. */
@Schema(name = "CodeListSummary")
public record CodeListSummary(Dimension id, String parameter, String nameId, String nameEn, String description, String source,
        String internationalScheme, int codeCount) {

    static CodeListSummary of(CodeList list) {
        return new CodeListSummary(list.dimension(), list.dimension().parameter(), list.nameId(), list.nameEn(),
                list.description(), list.source(), list.internationalScheme(), list.codes().size());
    }
}
