package id.go.kemnaker.karirhub.stats.catalog;

import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.iri;
import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.plain;
import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.text;
import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.typed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import id.go.kemnaker.karirhub.stats.datasets.DatasetPage;
import id.go.kemnaker.karirhub.stats.datasets.DatasetService;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView;
import id.go.kemnaker.karirhub.stats.datasets.DatasetView.Distribusi;
import id.go.kemnaker.karirhub.stats.datasets.SatuDataConfig;
import id.go.kemnaker.karirhub.stats.datasets.Text;

/**
 * The DCAT catalogue of the datasets, with the DCAT-AP 3.0 mandatory and recommended properties
 * of Catalog, Dataset, Distribution and the DataService that is this API, built from the same
 * descriptions as /api/v1/datasets so the two never disagree. Controlled vocabularies are the EU
 * Publications Office authority tables (country IDN, languages IND and ENG, frequencies, file
 * types, data theme ECON, planned availability), the ADMS publisher types and IANA media types,
 * as DCAT-AP expects; every value is typed with the class DCAT-AP gives the property's range
 * ({@link Vocabulary}), so the graph validates on its own. A dataset's landing page is its
 * metadata as HTML ({@link DatasetPage}). A dataset enters the catalogue once it holds data (a
 * temporal coverage): harvesters get no empty datasets, and every one listed has the properties
 * the SHACL shapes require.
 */
final class DcatCatalog {

    private final RdfGraph graph = new RdfGraph();
    /** What the catalogue's values are (vocabulary terms, pages, locations), written after the catalogue itself. */
    private final RdfGraph terms = new RdfGraph();
    private final String base;
    private final String catalog;
    private final String publisher;
    private final String contact;
    private final String service;
    private final SatuDataConfig config;

    private DcatCatalog(String base, SatuDataConfig config) {
        this.base = base;
        this.catalog = base + "/api/v1/catalog";
        this.publisher = catalog + "#publisher";
        this.contact = catalog + "#contact-point";
        this.service = catalog + "#api";
        this.config = config;
    }

    static RdfGraph of(List<DatasetView> datasets, String base, SatuDataConfig config) {
        return new DcatCatalog(base, config).build(datasets);
    }

    private RdfGraph build(List<DatasetView> datasets) {
        String homepage = config.homepage();
        graph.type(catalog, "dcat:Catalog");
        texts(graph, catalog, "dct:title", new Text("Katalog Data KarirHub (Satu Data Ketenagakerjaan)",
                "KarirHub data catalogue (Satu Data Ketenagakerjaan)"));
        texts(graph, catalog, "dct:description", new Text("Statistik pasar kerja KarirHub dari Pusat Pasar Kerja, Kementerian "
                + "Ketenagakerjaan RI: jumlah per kategori, IKK 5, IKK 6 dan pengukuran indikator kinerja (LAKIP).",
                "Labour-market statistics of KarirHub from Pusat Pasar Kerja, Ministry of Manpower: counts by category, IKK 5, "
                        + "IKK 6 and the performance indicators (LAKIP)."));
        graph.add(catalog, "dct:publisher", iri(publisher))
                .add(catalog, "foaf:homepage", document(homepage))
                .add(catalog, "dct:language", Vocabulary.INDONESIAN.in(terms))
                .add(catalog, "dct:language", Vocabulary.ENGLISH.in(terms))
                .add(catalog, "dct:license", licence())
                .add(catalog, "dct:issued", dateTime(datasets.stream().map(d -> d.metadata().tanggalDibuat())
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null)))
                .add(catalog, "dct:modified", dateTime(datasets.stream().map(d -> d.metadata().tanggalDiperbarui())
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null)))
                .add(catalog, "dcat:themeTaxonomy", Vocabulary.DATA_THEMES.in(terms))
                .add(catalog, "dct:spatial", Vocabulary.INDONESIA.in(terms));
        List<DatasetView> listed = datasets.stream().filter(d -> d.metadata().cakupanWaktu() != null).toList();
        graph.add(catalog, "dcat:service", iri(service));
        listed.forEach(d -> graph.add(catalog, "dcat:dataset", iri(d.url())));

        graph.type(publisher, "foaf:Agent").add(publisher, "foaf:name", text(DatasetService.PRODUCER.id(), "id"))
                .add(publisher, "foaf:name", text(DatasetService.PRODUCER.en(), "en"))
                .add(publisher, "foaf:homepage", document(homepage))
                .add(publisher, "dct:type", Vocabulary.NATIONAL_AUTHORITY.in(terms));
        graph.type(contact, "vcard:Organization").type(contact, "vcard:Kind").add(contact, "vcard:fn", plain(DatasetService.PRODUCER.id()))
                .add(contact, "vcard:hasURL", iri(homepage));

        dataService(listed);
        listed.forEach(this::dataset);
        return graph.append(terms);
    }

    /**
     * The API itself, through which every distribution is served: its root (the OpenAPI document's
     * server is "/", so its paths start there), the OpenAPI document that describes it, and
     * Swagger UI as its page for people.
     */
    private void dataService(List<DatasetView> listed) {
        graph.type(service, "dcat:DataService");
        texts(graph, service, "dct:title", new Text("API Statistik KarirHub", "KarirHub Statistics API"));
        texts(graph, service, "dct:description", new Text("API REST statistik pasar kerja KarirHub: dataset di katalog ini "
                + "sebagai JSON, CSV dan SDMX-CSV, beserta metadata Satu Data dan katalog DCAT. Dokumen OpenAPI menjelaskan setiap "
                + "operasi.", "REST API of the KarirHub labour-market statistics: the datasets of this catalogue as JSON, CSV and "
                        + "SDMX-CSV, with their Satu Data metadata and this DCAT catalogue. The OpenAPI document describes every "
                        + "operation."));
        graph.add(service, "dcat:endpointURL", iri(base + "/"))
                .add(service, "dcat:endpointDescription", iri(base + "/q/openapi"))
                .add(service, "dcat:landingPage", document(base + "/q/swagger-ui/"))
                .add(service, "dct:publisher", iri(publisher))
                .add(service, "dcat:contactPoint", iri(contact))
                .add(service, "dcat:theme", Vocabulary.ECONOMY.in(terms))
                .add(service, "dcat:keyword", text("API", "en"))
                .add(service, "dcat:keyword", text("KarirHub", "id"))
                .add(service, "dcat:keyword", text("Satu Data", "id"))
                .add(service, "dct:license", licence())
                .add(service, "dct:conformsTo", Vocabulary.SDMX_CSV.in(terms))
                .add(service, "dct:conformsTo", Vocabulary.PROBLEM_DETAILS.in(terms));
        listed.forEach(d -> graph.add(service, "dcat:servesDataset", iri(d.url())));
    }

    private void dataset(DatasetView view) {
        String dataset = view.url();
        graph.type(dataset, "dcat:Dataset");
        texts(graph, dataset, "dct:title", view.judul());
        texts(graph, dataset, "dct:description", view.standarData().definisi());
        graph.add(dataset, "dct:identifier", plain(view.id()))
                .add(dataset, "dct:publisher", iri(publisher))
                .add(dataset, "dcat:contactPoint", iri(contact))
                .add(dataset, "dcat:theme", Vocabulary.ECONOMY.in(terms))
                .add(dataset, "dcat:keyword", text(view.standarData().konsep().id(), "id"))
                .add(dataset, "dcat:keyword", text(view.standarData().konsep().en(), "en"))
                .add(dataset, "dcat:keyword", text("KarirHub", "id"))
                .add(dataset, "dct:spatial", Vocabulary.INDONESIA.in(terms))
                .add(dataset, "dct:accrualPeriodicity", Vocabulary.frequency(view.metadata().frekuensi().dcat()).in(terms))
                .add(dataset, "dct:language", Vocabulary.INDONESIAN.in(terms))
                .add(dataset, "dct:issued", dateTime(view.metadata().tanggalDibuat()))
                .add(dataset, "dct:modified", dateTime(view.metadata().tanggalDiperbarui()))
                .add(dataset, "dcat:landingPage", document(DatasetPage.url(view)));
        // A by-region dataset covers the provinces and regencies/cities: each level it has figures
        // for is a location, the list of its Kemendagri codes at /api/v1/regions.
        String codes = view.metadata().cakupanWilayah().daftarKode();
        if (codes != null) {
            for (String level : view.metadata().cakupanWilayah().tingkat()) {
                boolean provinces = level.equals("provinsi");
                String location = codes + "?level=" + (provinces ? "province" : "regency");
                terms.type(location, "dct:Location");
                Vocabulary.labels(terms, location, "skos:prefLabel", provinces
                        ? new Text("Provinsi di Indonesia (kode wilayah Kemendagri)", "Provinces of Indonesia (Kemendagri region codes)")
                        : new Text("Kabupaten/kota di Indonesia (kode wilayah Kemendagri)",
                                "Regencies and cities of Indonesia (Kemendagri region codes)"));
                graph.add(dataset, "dct:spatial", iri(location));
            }
        }
        String temporal = dataset + "#temporal";
        graph.add(dataset, "dct:temporal", iri(temporal));
        graph.type(temporal, "dct:PeriodOfTime")
                .add(temporal, "dcat:startDate", typed(view.metadata().cakupanWaktu().tanggalAwal().toString(), "xsd:date"))
                .add(temporal, "dcat:endDate", typed(view.metadata().cakupanWaktu().tanggalAkhir().toString(), "xsd:date"));
        int n = 0;
        for (Distribusi distribution : view.interoperabilitas().distribusi()) {
            String node = dataset + "#distribution-" + (++n);
            graph.add(dataset, "dcat:distribution", iri(node));
            distribution(node, distribution);
        }
    }

    private void distribution(String node, Distribusi distribution) {
        boolean sdmx = distribution.format().equals("SDMX-CSV");
        String mediaType = sdmx ? "text/csv" : distribution.mediaType();
        String fileType = sdmx ? "CSV" : distribution.format();
        graph.type(node, "dcat:Distribution");
        texts(graph, node, "dct:title", distribution.judul());
        graph.add(node, "dct:description", text(distribution.format() + ", " + distribution.operasi(), "en"))
                .add(node, "dcat:accessURL", iri(distribution.url()))
                .add(node, "dcat:downloadURL", iri(distribution.url()))
                .add(node, "dcat:mediaType", Vocabulary.mediaType(terms, mediaType))
                .add(node, "dct:format", Vocabulary.fileType(fileType).in(terms))
                .add(node, "dct:license", licence())
                .add(node, "dcatap:availability", Vocabulary.STABLE.in(terms))
                .add(node, "dcat:accessService", iri(service));
        // conformsTo names a standard the data follows; what describes the API is the data service's endpoint description.
        if (sdmx) {
            graph.add(node, "dct:conformsTo", Vocabulary.SDMX_CSV.in(terms));
        } else if (fileType.equals("CSV")) {
            graph.add(node, "dct:conformsTo", Vocabulary.CSV.in(terms));
        }
    }

    /**
     * The licence granted on the catalogue and every distribution (karirhub.satudata.license-url):
     * the licence's own page, as a dct:LicenseDocument with its name.
     */
    private RdfGraph.Iri licence() {
        terms.type(config.licenseUrl(), "dct:LicenseDocument").add(config.licenseUrl(), "dct:title", plain(config.licenseName()));
        return iri(config.licenseUrl());
    }

    /** A web page for people (a home page, a landing page): a foaf:Document. */
    private RdfGraph.Iri document(String url) {
        terms.type(url, "foaf:Document");
        return iri(url);
    }

    private static void texts(RdfGraph graph, String subject, String predicate, Text text) {
        graph.add(subject, predicate, text(text.id(), "id")).add(subject, predicate, text(text.en(), "en"));
    }

    private static RdfGraph.Literal dateTime(Instant instant) {
        return instant == null ? null : typed(instant.toString(), "xsd:dateTime");
    }
}
