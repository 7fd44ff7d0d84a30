package id.go.kemnaker.karirhub.stats.dimensions;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.go.kemnaker.karirhub.stats.cells.Dimension;

/** One code list with its codes. */
@Schema(name = "CodeList")
public record CodeListView(Dimension id, String parameter, String nameId, String nameEn, String description, String source,
        String internationalScheme, List<DimensionCode> codes) {

    static CodeListView of(CodeList list) {
        return new CodeListView(list.dimension(), list.dimension().parameter(), list.nameId(), list.nameEn(), list.description(),
                list.source(), list.internationalScheme(), list.codes());
    }
}
