package id.go.kemnaker.karirhub.stats.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the SDMX-CSV answers of the statistics and series reads in the OpenAPI model, in one
 * place instead of in each resource's annotations: the media type with an example and a sentence
 * in the description. (The {@code sdmx-csv} value of {@code format} is the parameter
 * {@code format-with-sdmx} of META-INF/openapi.yaml, which those reads name.) Part of
 * {@link ApiDocumentation}, beside which it lives: what it documents is the contract, not the
 * SDMX rendering itself (package {@code sdmx}).
 */
final class SdmxDocumentation {

    private static final String HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,CATEGORY,TIME_PERIOD,OBS_VALUE,"
            + "OBS_STATUS,COMPLETE\r\n";
    private static final String ROW = "dataflow,KEMNAKER:DF_KARIRHUB(1.0.0),I,";

    /** The reads that answer SDMX-CSV, with an example cut from their 2021 answers. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "/api/v1/statistics/facilitated-workers", HEADER
                    + ROW + "W,ID,FACILITATED_WORKERS,_T,2021-01-01/P7D,3770,A,true\r\n"
                    + ROW + "W,ID,FACILITATED_WORKERS,_T,2021-01-08/P7D,3142,A,true\r\n"
                    + ROW + "W,ID,FACILITATED_WORKERS,_T,2021-01-15/P7D,1985,A,true\r\n"
                    + ROW + "W,ID,FACILITATED_WORKERS,_T,2021-01-22/P10D,2237,A,true\r\n"
                    + ROW + "M,ID,FACILITATED_WORKERS,_T,2021-01,11134,A,true\r\n",
            "/api/v1/statistics/service-users", HEADER
                    + ROW + "M,ID,SERVICE_USERS,JOB_SEEKER,2021-01,11134,A,true\r\n"
                    + ROW + "M,ID,SERVICE_USERS,EMPLOYER,2021-01,1182,A,true\r\n"
                    + ROW + "M,ID,SERVICE_USERS,PBK_TRAINING,2021-01,6644,A,true\r\n"
                    + ROW + "M,ID,SERVICE_USERS,PRAKERJA_TRAINING,2021-01,,M,false\r\n"
                    + ROW + "M,ID,SERVICE_USERS,_T,2021-01,18960,A,false\r\n",
            "/api/v1/series", HEADER
                    + ROW + "M,ID,FACILITATED_WORKERS,_T,2021-10,426259,A,true\r\n"
                    + ROW + "M,ID,FACILITATED_WORKERS,_T,2021-11,107733,A,true\r\n"
                    + ROW + "M,ID,_Z,EMPLOYER,2021-10,1471,A,true\r\n"
                    + ROW + "M,ID,_Z,EMPLOYER,2021-11,1454,A,true\r\n");

    private static final String DESCRIPTION = " SDMX-CSV 2.0.0 for format=sdmx-csv or Accept: "
            + "application/vnd.sdmx.data+csv;version=2.0.0: one row per observation of the dataflow KEMNAKER:DF_KARIRHUB(1.0.0) "
            + "(FREQ A/Q/M/W, REF_AREA ID for national figures or the Kemendagri code of the one region= asked, INDICATOR (or the "
            + "ratio VACANCIES_PER_100_JOB_SEEKERS, CATEGORY _Z, 2 decimals) or _Z for a category's counts, CATEGORY or _T for all "
            + "of the indicator's, TIME_PERIOD 2021, 2021-Q4, 2021-10 or a reporting week as a time range 2021-10-22/P10D); "
            + "OBS_STATUS M with an empty OBS_VALUE when not reported; bom=true separates with ';'. "
            + "The structure is described at /api/v1/datasets/{id}/structure.";

    private SdmxDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        EXAMPLES.forEach((path, example) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation get = item == null ? null : item.getGET();
            APIResponse ok = get == null || get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
            if (ok == null || ok.getContent() == null) {
                return;
            }
            ok.getContent().addMediaType(ApiDocumentation.SDMX_CSV, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                    .addExample("2021, first rows", OASFactory.createExample().value(example)));
            get.setDescription((get.getDescription() == null ? "" : get.getDescription()) + DESCRIPTION);
        });
    }
}
