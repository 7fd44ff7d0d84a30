package id.go.kemnaker.karirhub.stats.categories;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @GET
    @APIResponses
    public List<CategoryView> list() {
        return Arrays.stream(Category.values()).map(CategoryView::of).toList();
    }
}
