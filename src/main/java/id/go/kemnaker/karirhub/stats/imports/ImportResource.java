package id.go.kemnaker.karirhub.stats.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService imports;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @APIResponses
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, "application/csv", "application/vnd.ms-excel" })
    @RolesAllowed(Roles.DATA_OFFICER)
    public ImportResult importBody(
            @RequestBody(content = @Content(schema = @Schema(type = SchemaType.STRING))) InputStream body) {
        return imports.importCsv(body, null, Actor.of(identity));
    }

    @POST
    @APIResponses
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.DATA_OFFICER)
    public ImportResult importUpload(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw new InvalidParameterException("file", "is required: send the CSV file as the form part named 'file'");
        }
        if (file.fileName() != null && !ClientText.isSingleLine(file.fileName())) {
            throw new InvalidParameterException("file", "has a file name with a control character (such as NUL) or an "
                    + "unpaired surrogate; rename the file");
        }
        try (InputStream body = Files.newInputStream(file.uploadedFile())) {
            return imports.importCsv(body, file.fileName(), Actor.of(identity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
