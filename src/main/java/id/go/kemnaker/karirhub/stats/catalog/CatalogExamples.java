package id.go.kemnaker.karirhub.stats.catalog;

/** OpenAPI examples of the catalogue, cut from real answers on the 2021 data. */
final class CatalogExamples {

    /** A few nodes of the JSON-LD answer (the whole catalogue has every dataset that holds data, with its distributions). */
    static final String JSON_LD = """
            {"@context":{"dcat":"http://www.w3.org/ns/dcat#","dct":"http://purl.org/dc/terms/",\
            "foaf":"http://xmlns.com/foaf/0.1/","vcard":"http://www.w3.org/2006/vcard/ns#",\
            "xsd":"http://www.w3.org/2001/XMLSchema#"},"@graph":[{"@id":"http://localhost:8080/api/v1/catalog",\
            "@type":["dcat:Catalog"],"dct:title":[{"@value":"Katalog Data KarirHub (Satu Data Ketenagakerjaan)",\
            "@language":"id"},{"@value":"KarirHub data catalogue (Satu Data Ketenagakerjaan)","@language":"en"}],\
            "dct:publisher":[{"@id":"http://localhost:8080/api/v1/catalog#publisher"}],\
            "dct:issued":[{"@value":"2026-11-27T22:39:27.768300Z","@type":"xsd:dateTime"}],\
            "dcat:dataset":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers"}]},\
            {"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers","@type":["dcat:Dataset"],\
            "dct:title":[{"@value":"IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "@language":"id"},{"@value":"IKK 5: Workers facilitated by labour-market services","@language":"en"}],\
            "dct:accrualPeriodicity":[{"@id":"http://publications.europa.eu/resource/authority/frequency/WEEKLY"}],\
            "dct:temporal":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers#temporal"}],\
            "dcat:distribution":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers#distribution-5"}]},\
            {"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers#distribution-5",\
            "@type":["dcat:Distribution"],\
            "dcat:accessURL":[{"@id":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv"}],\
            "dcat:mediaType":[{"@id":"http://www.iana.org/assignments/media-types/text/csv"}],\
            "dct:format":[{"@id":"http://publications.europa.eu/resource/authority/file-type/CSV"}],\
            "dct:conformsTo":[{"@id":"https://github.com/sdmx-twg/sdmx-csv/blob/v2.0.0/data-message/docs/sdmx-csv-field-guide.md"}]}]}""";

    /** The first nodes of the Turtle answer. */
    static final String TURTLE = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            
            <http://localhost:8080/api/v1/catalog> a dcat:Catalog ;
                dct:title "Katalog Data KarirHub (Satu Data Ketenagakerjaan)"@id ,
                    "KarirHub data catalogue (Satu Data Ketenagakerjaan)"@en ;
                dct:description "Statistik pasar kerja KarirHub dari Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI: jumlah per kategori, IKK 5, IKK 6 dan pengukuran indikator kinerja (LAKIP)."@id ,
                    "Labour-market statistics of KarirHub from Pusat Pasar Kerja, Ministry of Manpower: counts by category, IKK 5, IKK 6 and the performance indicators (LAKIP)."@en ;
                dct:publisher <http://localhost:8080/api/v1/catalog#publisher> ;
                foaf:homepage <https://karirhub.kemnaker.go.id> ;
                dct:language <http://publications.europa.eu/resource/authority/language/IND> ,
                    <http://publications.europa.eu/resource/authority/language/ENG> ;
                dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                dct:issued "2026-11-27T22:39:27.768300Z"^^xsd:dateTime ;
                dct:modified "2026-11-27T22:39:27.768300Z"^^xsd:dateTime ;
                dcat:themeTaxonomy <http://publications.europa.eu/resource/authority/data-theme> ;
                dct:spatial <http://publications.europa.eu/resource/authority/country/IDN> ;
                dcat:dataset <http://localhost:8080/api/v1/datasets/counts-job-seeker> ,
                    <http://localhost:8080/api/v1/datasets/counts-employer> ,
                    <http://localhost:8080/api/v1/datasets/counts-pbk-training> ,
                    <http://localhost:8080/api/v1/datasets/counts-prakerja-training> ,
                    <http://localhost:8080/api/v1/datasets/facilitated-workers> ,
                    <http://localhost:8080/api/v1/datasets/service-users> ,
                    <http://localhost:8080/api/v1/datasets/performance-report> .
            
            <http://localhost:8080/api/v1/catalog#publisher> a foaf:Agent ;
                foaf:name "Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI"@id ,
                    "Pusat Pasar Kerja (Labour Market Centre), Ministry of Manpower of the Republic of Indonesia"@en ;
                foaf:homepage <https://karirhub.kemnaker.go.id> .
            
            <http://localhost:8080/api/v1/catalog#contact-point> a vcard:Organization, vcard:Kind ;
                vcard:fn "Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI" ;
                vcard:hasURL <https://karirhub.kemnaker.go.id> .
            
            <http://localhost:8080/api/v1/datasets/counts-job-seeker> a dcat:Dataset ;
                dct:title "Jumlah Pencari Kerja Aktif KarirHub"@id ,
                    "KarirHub active job seekers"@en ;
                dct:description "Pencari Kerja adalah masyarakat yang sedang mencari pekerjaan. Sumber tidak mendefinisikan kapan pencari kerja disebut aktif."@id ,
                    "Job seekers are members of the public who are looking for work. The source does not define when a job seeker counts as active."@en ;
                dct:identifier "counts-job-seeker" ;
                dct:publisher <http://localhost:8080/api/v1/catalog#publisher> ;
                dcat:contactPoint <http://localhost:8080/api/v1/catalog#contact-point> ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ECON> ;
                dcat:keyword "Pencari Kerja Aktif"@id ,
                    "Active job seekers"@en ,
                    "KarirHub"@id ;
                dct:spatial <http://publications.europa.eu/resource/authority/country/IDN> ;
                dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/WEEKLY> ;
                dct:language <http://publications.europa.eu/resource/authority/language/IND> ;
                dct:issued "2026-11-27T22:39:27.768300Z"^^xsd:dateTime ;
                dct:modified "2026-11-27T22:39:27.768300Z"^^xsd:dateTime ;
                dcat:landingPage <http://localhost:8080/api/v1/datasets/counts-job-seeker> ;
                dct:temporal <http://localhost:8080/api/v1/datasets/counts-job-seeker#temporal> ;
                dcat:distribution <http://localhost:8080/api/v1/datasets/counts-job-seeker#distribution-1> ,
                    <http://localhost:8080/api/v1/datasets/counts-job-seeker#distribution-2> ,
                    <http://localhost:8080/api/v1/datasets/counts-job-seeker#distribution-3> ,
            """;

    static final String BAD_FORMAT = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"format must be one of jsonld, turtle, got 'rdfxml'","instance":"/api/v1/catalog",\
            "errors":[{"field":"format","message":"must be one of jsonld, turtle, got 'rdfxml'"}]}""";

    private CatalogExamples() {
    }
}
