package id.go.kemnaker.karirhub.stats.regions;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the {@code region} table (migration V7): read once at start-up into the
 * {@link RegionDirectory}. Reference data changes only through migrations, never through the API.
 */
@Entity
@Table(name = "region")
public class Region {

    /** Kemendagri code with the dot: {@code 32}, {@code 32.73}. */
    @Id
    @Column(length = 5)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public RegionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(length = 9)
    public RegencyKind kind;

    @Column(name = "parent_code", length = 5)
    public String parentCode;

    /** First day the code is valid; null: already in the 2021 list. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day the code is valid; null: still valid. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** BPS code where it differs from the Kemendagri code without the dot; null otherwise. */
    @Column(name = "bps_code", length = 4)
    public String bpsCode;

    /** For an old code: the code the same region has now. */
    @Column(name = "replaced_by", length = 5)
    public String replacedBy;
}
