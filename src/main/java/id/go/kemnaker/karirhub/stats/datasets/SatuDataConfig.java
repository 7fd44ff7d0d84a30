package id.go.kemnaker.karirhub.stats.datasets;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** What the dataset metadata and the DCAT catalogue say about publishing; see "Satu Data" in application.properties. */
@ConfigMapping(prefix = "karirhub.satudata")
public interface SatuDataConfig {

    /**
     * The address the service is reached at from outside (https://karirhub-stats.kemnaker.go.id),
     * for the absolute URLs of the metadata and catalogue. Every deployment sets it; unset, as on a
     * laptop, the URLs follow each request's Host header ({@link PublicAddress}).
     */
    Optional<String> publicUrl();

    /** The licence the data is published under (the seed document names none): CC BY 4.0, the API's. */
    String licenseName();

    String licenseUrl();

    /** The publisher's home page (foaf:homepage, vcard:hasURL). */
    String homepage();
}
