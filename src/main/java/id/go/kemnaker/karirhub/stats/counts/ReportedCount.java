package id.go.kemnaker.karirhub.stats.counts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import id.go.kemnaker.karirhub.stats.categories.Category;

/**
 * One number KarirHub reported: people of a category in a reporting week (Minggu I-IV) of a
 * month, or in the whole month when {@code week} is null. A period without a row was not
 * reported, which is not the same as zero. Nationally, or in a province or regency.
 */
@Entity
@Table(name = "reported_count")
public class ReportedCount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reported_count_seq")
    @SequenceGenerator(name = "reported_count_seq", sequenceName = "reported_count_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Category category;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    /** Reporting week 1-4, or null for a month total. */
    public Integer week;

    @Column(nullable = false)
    public long amount;

    /** Kemendagri code of the province or regency; null for a national count. */
    @Column(name = "region_code", length = 5)
    public String regionCode;

    /** Bumped by every change; with the id it makes the count's ETag. */
    @Column(nullable = false)
    public int version;
}
