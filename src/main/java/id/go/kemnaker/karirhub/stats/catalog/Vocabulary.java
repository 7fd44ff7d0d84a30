package id.go.kemnaker.karirhub.stats.catalog;

import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.iri;
import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.plain;
import static id.go.kemnaker.karirhub.stats.catalog.RdfGraph.text;

import java.util.List;
import java.util.Map;

import id.go.kemnaker.karirhub.stats.datasets.Text;

/**
 * The terms of controlled vocabularies the catalogue points at: the EU Publications Office
 * authority tables (data theme, frequency, language, country, file type, planned availability)
 * and the ADMS publisher types; and the standards the data and the API follow. A harvester validates a value by its class (a frequency must be a
 * {@code dct:Frequency}) and by the code list it belongs to, and it cannot be expected to fetch
 * every code list first, so each term is described inline where it is used: its DCAT-AP classes,
 * a label, and the scheme that lists it. English labels follow the tables; the Indonesian ones
 * are ours.
 */
final class Vocabulary {

    static final String EU = "http://publications.europa.eu/resource/authority/";

    /** A code list (skos:ConceptScheme) with its title. */
    record Scheme(String iri, Text title) {

        /** Adds the scheme's description to the graph and returns the scheme, to be used as an object. */
        RdfGraph.Iri in(RdfGraph graph) {
            graph.type(iri, "skos:ConceptScheme");
            labels(graph, iri, "dct:title", title);
            return RdfGraph.iri(iri);
        }
    }

    /** A term of a scheme, with the DCAT-AP classes of the properties that point at it. */
    record Concept(String iri, Scheme scheme, Text label, List<String> classes) {

        /** Adds the term's description to the graph and returns the term, to be used as an object. */
        RdfGraph.Iri in(RdfGraph graph) {
            classes.forEach(type -> graph.type(iri, type));
            graph.type(iri, "skos:Concept");
            labels(graph, iri, "skos:prefLabel", label);
            graph.add(iri, "skos:inScheme", scheme.in(graph));
            return RdfGraph.iri(iri);
        }
    }

    /** A standard that data or a service follows: a dct:Standard with its title. */
    record Standard(String iri, String title) {

        /** Adds the standard's description to the graph and returns it, to be used as an object. */
        RdfGraph.Iri in(RdfGraph graph) {
            graph.type(iri, "dct:Standard").add(iri, "dct:title", text(title, "en"));
            return RdfGraph.iri(iri);
        }
    }

    /** The SDMX-CSV 2.0.0 format of the SDMX-CSV distributions (package sdmx). */
    static final Standard SDMX_CSV = new Standard(
            "https://github.com/sdmx-twg/sdmx-csv/blob/v2.0.0/data-message/docs/sdmx-csv-field-guide.md",
            "SDMX-CSV 2.0.0 data message (SDMX Technical Working Group)");
    /** The CSV answers: CRLF line ends, fields quoted only when they must be (web.CsvTable). */
    static final Standard CSV = new Standard("https://www.rfc-editor.org/rfc/rfc4180",
            "RFC 4180: Common Format and MIME Type for Comma-Separated Values (CSV) Files");
    /** Every error the API answers is an application/problem+json body (package problem). */
    static final Standard PROBLEM_DETAILS = new Standard("https://www.rfc-editor.org/rfc/rfc9457",
            "RFC 9457: Problem Details for HTTP APIs");

    static final Scheme DATA_THEMES = new Scheme(EU + "data-theme", new Text("Tema data", "Data theme"));
    static final Scheme FREQUENCIES = new Scheme(EU + "frequency", new Text("Frekuensi", "Frequency"));
    static final Scheme LANGUAGES = new Scheme(EU + "language", new Text("Bahasa", "Language"));
    static final Scheme COUNTRIES = new Scheme(EU + "country", new Text("Negara", "Country"));
    static final Scheme FILE_TYPES = new Scheme(EU + "file-type", new Text("Jenis berkas", "File type"));
    static final Scheme AVAILABILITIES = new Scheme(EU + "planned-availability",
            new Text("Rencana ketersediaan", "Planned availability"));
    static final Scheme PUBLISHER_TYPES = new Scheme("http://purl.org/adms/publishertype/1.0",
            new Text("Jenis penerbit (ADMS)", "Publisher type (ADMS)"));

    /** Economy and finance: the data theme of labour-market statistics. */
    static final Concept ECONOMY = new Concept(EU + "data-theme/ECON", DATA_THEMES,
            new Text("Ekonomi dan keuangan", "Economy and finance"), List.of());
    static final Concept INDONESIAN = new Concept(EU + "language/IND", LANGUAGES,
            new Text("Bahasa Indonesia", "Indonesian"), List.of("dct:LinguisticSystem"));
    static final Concept ENGLISH = new Concept(EU + "language/ENG", LANGUAGES,
            new Text("Bahasa Inggris", "English"), List.of("dct:LinguisticSystem"));
    static final Concept INDONESIA = new Concept(EU + "country/IDN", COUNTRIES, new Text("Indonesia", "Indonesia"),
            List.of("dct:Location"));
    /** The distributions are URLs of version 1 of the API, which stay as they are for as long as it is served. */
    static final Concept STABLE = new Concept(EU + "planned-availability/STABLE", AVAILABILITIES,
            new Text("stabil", "stable"), List.of());
    /** A ministry of the national government (Satu Data: an instansi pusat). */
    static final Concept NATIONAL_AUTHORITY = new Concept("http://purl.org/adms/publishertype/NationalAuthority",
            PUBLISHER_TYPES, new Text("Instansi pusat", "National authority"), List.of());

    private static final Map<String, Text> FREQUENCY_LABELS = Map.of(
            "WEEKLY", new Text("mingguan", "weekly"),
            "MONTHLY", new Text("bulanan", "monthly"),
            "ANNUAL", new Text("tahunan", "annual"));

    private static final List<String> FILE_TYPE_CODES = List.of("CSV", "JSON", "HTML");

    private Vocabulary() {
    }

    /** A frequency of the EU table, by its IRI (as the dataset metadata gives it). */
    static Concept frequency(String iri) {
        String code = iri.substring(iri.lastIndexOf('/') + 1);
        Text label = FREQUENCY_LABELS.get(code);
        if (!iri.equals(FREQUENCIES.iri() + "/" + code) || label == null) {
            throw new IllegalArgumentException("Not a frequency the catalogue describes: " + iri);
        }
        return new Concept(iri, FREQUENCIES, label, List.of("dct:Frequency"));
    }

    /** A file type of the EU table, by its code (CSV, JSON, HTML): the code is its label in every language. */
    static Concept fileType(String code) {
        if (!FILE_TYPE_CODES.contains(code)) {
            throw new IllegalArgumentException("Not a file type the catalogue describes: " + code);
        }
        return new Concept(FILE_TYPES.iri() + "/" + code, FILE_TYPES, new Text(code, code), List.of("dct:MediaTypeOrExtent"));
    }

    /** An IANA media type (text/csv): DCAT-AP asks only that it be a dct:MediaType, as IANA publishes no RDF list. */
    static RdfGraph.Iri mediaType(RdfGraph graph, String type) {
        String iri = "http://www.iana.org/assignments/media-types/" + type;
        graph.type(iri, "dct:MediaType");
        return iri(iri);
    }

    /** A label in Indonesian and English; one literal without a language when both are the same code. */
    static void labels(RdfGraph graph, String subject, String predicate, Text label) {
        if (label.id().equals(label.en())) {
            graph.add(subject, predicate, plain(label.id()));
        } else {
            graph.add(subject, predicate, text(label.id(), "id")).add(subject, predicate, text(label.en(), "en"));
        }
    }
}
