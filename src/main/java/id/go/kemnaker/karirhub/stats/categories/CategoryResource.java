package id.go.kemnaker.karirhub.stats.categories;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "What KarirHub counts")
public class CategoryResource {

    @GET
    @Operation(summary = "List the categories",
            description = "What KarirHub counts, with the Indonesian and English labels: the four categories of service "
                    + "users, then VACANCY (Lowongan Kerja, the demand side, not a service user). "
                    + "FACILITATED_WORKERS counts JOB_SEEKER; SERVICE_USERS counts the four with serviceUser true.")
    @APIResponse(responseCode = "200", description = "All categories: the service users in the order of LAKIP Table 3.4, then VACANCY",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CategoryView.class),
                    examples = @ExampleObject(name = "categories", value = """
                            [{"code":"JOB_SEEKER","labelId":"Pencari Kerja Aktif","labelEn":"Active job seekers",\
                            "description":"Job seekers active on KarirHub in the period; the LAKIP counts them as workers \
                            facilitated by labour-market services (tenaga kerja yang difasilitasi).","serviceUser":true},\
                            {"code":"EMPLOYER","labelId":"Pemberi Kerja","labelEn":"Employers",\
                            "description":"Employers (pemberi kerja) active on KarirHub in the period.","serviceUser":true},\
                            {"code":"VACANCY","labelId":"Lowongan Kerja","labelEn":"Job vacancies",\
                            "description":"Job vacancies posted on KarirHub in the period (the demand side); not a service \
                            user, so it counts towards no indicator.","serviceUser":false}]""")))
    public List<CategoryView> list() {
        return Arrays.stream(Category.values()).map(CategoryView::of).toList();
    }
}
