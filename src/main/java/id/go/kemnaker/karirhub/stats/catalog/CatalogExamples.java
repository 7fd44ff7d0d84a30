package id.go.kemnaker.karirhub.stats.catalog;

/** OpenAPI examples of the catalogue, cut from real answers on the 2021 data. */
final class CatalogExamples {

    /**
     * A few nodes of the JSON-LD answer (the whole catalogue has every dataset that holds data, with
     * its distributions, the data service, and what each vocabulary value is).
     */
    static final String JSON_LD = """
            {"@context":{"dcat":"http://www.w3.org/ns/dcat#","dcatap":"http://data.europa.eu/r5r/",\
            "dct":"http://purl.org/dc/terms/","foaf":"http://xmlns.com/foaf/0.1/",\
            "skos":"http://www.w3.org/2004/02/skos/core#","vcard":"http://www.w3.org/2006/vcard/ns#",\
            "xsd":"http://www.w3.org/2001/XMLSchema#"},"@graph":[{"@id":"http://localhost:8080/api/v1/catalog",\
            "@type":["dcat:Catalog"],"dct:title":[{"@value":"Katalog Data KarirHub (Satu Data Ketenagakerjaan)",\
            "@language":"id"},{"@value":"KarirHub data catalogue (Satu Data Ketenagakerjaan)","@language":"en"}],\
            "dct:publisher":[{"@id":"http://localhost:8080/api/v1/catalog#publisher"}],\
            "dct:license":[{"@id":"https://creativecommons.org/licenses/by/4.0/"}],\
            "dct:issued":[{"@value":"2026-12-06T11:37:13.636732Z","@type":"xsd:dateTime"}],\
            "dcat:service":[{"@id":"http://localhost:8080/api/v1/catalog#api"}],\
            "dcat:dataset":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers"}]},\
            {"@id":"http://localhost:8080/api/v1/catalog#api","@type":["dcat:DataService"],\
            "dcat:endpointURL":[{"@id":"http://localhost:8080/"}],\
            "dcat:endpointDescription":[{"@id":"http://localhost:8080/q/openapi"}],\
            "dcat:landingPage":[{"@id":"http://localhost:8080/q/swagger-ui/"}],\
            "dcat:servesDataset":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers"}]},\
            {"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers","@type":["dcat:Dataset"],\
            "dct:title":[{"@value":"IKK 5: Jumlah Tenaga Kerja yang difasilitasi layanan pasar kerja",\
            "@language":"id"},{"@value":"IKK 5: Workers facilitated by labour-market services","@language":"en"}],\
            "dct:accrualPeriodicity":[{"@id":"http://publications.europa.eu/resource/authority/frequency/WEEKLY"}],\
            "dcat:landingPage":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers?format=html"}],\
            "dct:temporal":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers#temporal"}],\
            "dcat:distribution":[{"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers#distribution-5"}]},\
            {"@id":"http://localhost:8080/api/v1/datasets/facilitated-workers#distribution-5",\
            "@type":["dcat:Distribution"],\
            "dcat:accessURL":[{"@id":"http://localhost:8080/api/v1/statistics/facilitated-workers?year=2021&format=sdmx-csv"}],\
            "dcat:mediaType":[{"@id":"http://www.iana.org/assignments/media-types/text/csv"}],\
            "dct:format":[{"@id":"http://publications.europa.eu/resource/authority/file-type/CSV"}],\
            "dcatap:availability":[{"@id":"http://publications.europa.eu/resource/authority/planned-availability/STABLE"}],\
            "dcat:accessService":[{"@id":"http://localhost:8080/api/v1/catalog#api"}],\
            "dct:conformsTo":[{"@id":"https://github.com/sdmx-twg/sdmx-csv/blob/v2.0.0/data-message/docs/sdmx-csv-field-guide.md"}]},\
            {"@id":"http://publications.europa.eu/resource/authority/frequency/WEEKLY",\
            "@type":["dct:Frequency","skos:Concept"],"skos:prefLabel":[{"@value":"mingguan","@language":"id"},\
            {"@value":"weekly","@language":"en"}],\
            "skos:inScheme":[{"@id":"http://publications.europa.eu/resource/authority/frequency"}]}]}""";

    /** The first nodes of the Turtle answer, and some of what its values are. */
    static final String TURTLE = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dcatap: <http://data.europa.eu/r5r/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
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
                dct:issued "2026-12-06T11:37:13.636732Z"^^xsd:dateTime ;
                dct:modified "2026-12-06T11:37:13.696979Z"^^xsd:dateTime ;
                dcat:themeTaxonomy <http://publications.europa.eu/resource/authority/data-theme> ;
                dct:spatial <http://publications.europa.eu/resource/authority/country/IDN> ;
                dcat:service <http://localhost:8080/api/v1/catalog#api> ;
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
                foaf:homepage <https://karirhub.kemnaker.go.id> ;
                dct:type <http://purl.org/adms/publishertype/NationalAuthority> .
            
            <http://localhost:8080/api/v1/catalog#contact-point> a vcard:Organization, vcard:Kind ;
                vcard:fn "Pusat Pasar Kerja, Kementerian Ketenagakerjaan RI" ;
                vcard:hasURL <https://karirhub.kemnaker.go.id> .
            
            <http://localhost:8080/api/v1/catalog#api> a dcat:DataService ;
                dct:title "API Statistik KarirHub"@id ,
                    "KarirHub Statistics API"@en ;
                ...
                dcat:endpointURL <http://localhost:8080/> ;
                dcat:endpointDescription <http://localhost:8080/q/openapi> ;
                dcat:landingPage <http://localhost:8080/q/swagger-ui/> ;
                ...
            
            <http://localhost:8080/api/v1/datasets/counts-job-seeker> a dcat:Dataset ;
                dct:title "Jumlah Pencari Kerja Aktif KarirHub"@id ,
                    "KarirHub active job seekers"@en ;
                ...
                dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/WEEKLY> ;
                dct:language <http://publications.europa.eu/resource/authority/language/IND> ;
                dcat:landingPage <http://localhost:8080/api/v1/datasets/counts-job-seeker?format=html> ;
                ...
            
            <http://publications.europa.eu/resource/authority/language/IND> a dct:LinguisticSystem, skos:Concept ;
                skos:prefLabel "Bahasa Indonesia"@id ,
                    "Indonesian"@en ;
                skos:inScheme <http://publications.europa.eu/resource/authority/language> .
            
            <https://creativecommons.org/licenses/by/4.0/> a dct:LicenseDocument ;
                dct:title "Creative Commons Attribution 4.0 International (CC BY 4.0)" .
            ...
            """;

    static final String BAD_FORMAT = """
            {"type":"urn:karirhub:problem:invalid-parameter","title":"Invalid request parameter","status":400,\
            "detail":"format must be one of jsonld, turtle, got 'rdfxml'","instance":"/api/v1/catalog",\
            "errors":[{"field":"format","message":"must be one of jsonld, turtle, got 'rdfxml'"}]}""";

    private CatalogExamples() {
    }
}
