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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.go.kemnaker.karirhub.stats.problem.ClientText;
import id.go.kemnaker.karirhub.stats.problem.InvalidParameterException;
import id.go.kemnaker.karirhub.stats.problem.ProblemExamples;
import id.go.kemnaker.karirhub.stats.security.Actor;
import id.go.kemnaker.karirhub.stats.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Loading counts from the CSV files analysts export from Excel (data-officer)")
public class ImportResource {

    static final String DESCRIPTION = "All or nothing: when any row is bad nothing is stored and the answer (422) lists every "
            + "bad row as {line, column, value, message}. Format: a header row naming the columns in English "
            + "(category,year,month,week,count) or Indonesian (kategori,tahun,bulan,minggu,jumlah), in any order; ',' or ';' "
            + "as delimiter; UTF-8 with or without BOM; CRLF or LF; quoted fields. category: code or Indonesian label "
            + "(Pencari Kerja Aktif, Pemberi Kerja, Pelatihan PBK, Pelatihan Pra Kerja); month: 1-12 or Januari..Desember; "
            + "week: 1-4, I-IV, or empty for a month total; count: an integer, Indonesian thousands dots allowed (1.040.746); "
            + "'-' or empty = not reported: nothing stored, counted as skipped. Importing the same file again changes "
            + "nothing (all unchanged, no audit entries). Changes are audited with channel import:<importId>. Bodies above "
            + "karirhub.imports.max-size (default 10 MB) are refused with 413.";

    private final ImportService imports;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, "application/csv", "application/vnd.ms-excel" })
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Import counts from a CSV body (data-officer)", description = DESCRIPTION)
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Indonesian Excel", value = """
            kategori;tahun;bulan;minggu;jumlah
            Pencari Kerja Aktif;2021;Januari;I;3.770
            Pencari Kerja Aktif;2021;Januari;II;3.142
            Pemberi Kerja;2021;Januari;;1.182
            Pelatihan Pra Kerja;2021;Januari;;-""")))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class), examples = @ExampleObject(name = "imported",
                    value = "{\"importId\":\"0b7a4c1e-5d2f-4e8a-9c3b-6f1d2e3a4b5c\",\"created\":3,\"updated\":0,\"unchanged\":0,\"skipped\":1}")))
    @APIResponse(responseCode = "409", description = "Rows would mix week counts and a month total in a month",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "month total in the way", value = ProblemExamples.GRANULARITY_CONFLICT)))
    @APIResponse(responseCode = "413", description = "The body is larger than karirhub.imports.max-size",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too large", value = ProblemExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Bad rows; nothing was stored",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "bad rows", value = ProblemExamples.INVALID_CSV)))
    public ImportResult importBody(InputStream body) {
        return imports.importCsv(body, null, Actor.of(identity));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.DATA_OFFICER)
    @Operation(summary = "Import counts from an uploaded CSV file (data-officer)",
            description = "The same import as a multipart form upload with the file in part 'file'. " + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class), examples = @ExampleObject(name = "imported",
                    value = "{\"importId\":\"0b7a4c1e-5d2f-4e8a-9c3b-6f1d2e3a4b5c\",\"created\":3,\"updated\":0,\"unchanged\":0,\"skipped\":1}")))
    @APIResponse(responseCode = "400", description = "The form has no part named 'file'",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Rows would mix week counts and a month total in a month",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "month total in the way", value = ProblemExamples.GRANULARITY_CONFLICT)))
    @APIResponse(responseCode = "413", description = "The body is larger than karirhub.imports.max-size",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too large", value = ProblemExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Bad rows; nothing was stored",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "bad rows", value = ProblemExamples.INVALID_CSV)))
    public ImportResult importUpload(@RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            format = "binary") FileUpload file) {
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
