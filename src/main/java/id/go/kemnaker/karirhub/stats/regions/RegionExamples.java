package id.go.kemnaker.karirhub.stats.regions;

/** Examples for the OpenAPI documentation, as the service writes them (2021 codes). */
final class RegionExamples {

    static final String PROVINCES_2021 = """
            [{"code":"11","name":"Aceh","level":"province","kind":null,"parentCode":null,"validFrom":null,"validTo":null,\
            "bpsCode":"11","replacedBy":null},\
            {"code":"91","name":"Papua","level":"province","kind":null,"parentCode":null,"validFrom":null,"validTo":null,\
            "bpsCode":"94","replacedBy":null},\
            {"code":"92","name":"Papua Barat","level":"province","kind":null,"parentCode":null,"validFrom":null,"validTo":null,\
            "bpsCode":"91","replacedBy":null}]""";

    static final String PAPUA_2021 = """
            {"code":"91","name":"Papua","level":"province","kind":null,"validFrom":null,"validTo":null,"bpsCode":"94",\
            "replacedBy":null,"replaces":[],"parent":null,"date":"2021-06-30",\
            "children":[{"code":"91.01","name":"Kabupaten Merauke","level":"regency","kind":"KABUPATEN","parentCode":"91",\
            "validFrom":null,"validTo":"2022-07-24","bpsCode":"9401","replacedBy":"93.01"},\
            {"code":"91.71","name":"Kota Jayapura","level":"regency","kind":"KOTA","parentCode":"91","validFrom":null,\
            "validTo":null,"bpsCode":"9471","replacedBy":null}]}""";

    static final String MERAUKE_2021 = """
            {"code":"91.01","name":"Kabupaten Merauke","level":"regency","kind":"KABUPATEN","validFrom":null,\
            "validTo":"2022-07-24","bpsCode":"9401","replacedBy":"93.01","replaces":[],\
            "parent":{"code":"91","name":"Papua","level":"province","kind":null,"parentCode":null,"validFrom":null,\
            "validTo":null,"bpsCode":"94","replacedBy":null},"date":"2021-06-30","children":[]}""";

    static final String INVALID_LEVEL = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"level must be province or regency, got 'kecamatan'","instance":"/api/v1/regions",\
            "errors":[{"field":"level","message":"must be province or regency, got 'kecamatan'"}]}""";

    static final String INVALID_CODE = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"code must be a Kemendagri region code: 2 digits for a province (32), 4 for a regency (32.73 or 3273), \
            got '327'","instance":"/api/v1/regions/327",\
            "errors":[{"field":"code","message":"must be a Kemendagri region code: 2 digits for a province (32), 4 for a \
            regency (32.73 or 3273), got '327'"}]}""";

    static final String UNKNOWN_CODE = """
            {"type":"urn:karirhub:problem:not-found","title":"Not found","status":404,\
            "detail":"No region has the Kemendagri code 32.99","instance":"/api/v1/regions/32.99"}""";

    static final String AMBIGUOUS_NAME = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"name 'Bandung' is ambiguous: it names Kabupaten Bandung (32.04) and Kota Bandung (32.73); write \
            'Kabupaten Bandung' or 'Kota Bandung', or give the code","instance":"/api/v1/regions/lookup",\
            "errors":[{"field":"name","message":"'Bandung' is ambiguous: it names Kabupaten Bandung (32.04) and Kota Bandung \
            (32.73); write 'Kabupaten Bandung' or 'Kota Bandung', or give the code"}]}""";

    static final String NOT_VALID_ON_DATE = """
            {"type":"urn:karirhub:problem:not-found","title":"Not found","status":404,\
            "detail":"name Papua Selatan (93) is valid from 2022-07-25, not on 2021-06-30",\
            "instance":"/api/v1/regions/lookup"}""";

    private RegionExamples() {
    }
}
