package id.go.kemnaker.karirhub.stats.history;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded change to a count, a target or a realisation. Written by {@link AuditTrail}, never changed. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public Long id;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false, length = 64)
    public String channel;

    /** COUNT, BREAKDOWN (a part of a count along dimensions), TARGET or REALISATION. */
    @Column(nullable = false, length = 16)
    public String subject;

    @Column(length = 32)
    public String category;

    @Column(length = 32)
    public String indicator;

    @Column(nullable = false)
    public int year;

    public Integer month;

    public Integer week;

    /** The Kemendagri code of a regional count; null for a national count, a target or a realisation. */
    @Column(name = "region_code", length = 5)
    public String regionCode;

    /** For a part of a count (subject BREAKDOWN): the codes of the dimensions it is broken down by; null otherwise. */
    @Column(length = 12)
    public String sex;

    @Column(name = "age_group", length = 12)
    public String ageGroup;

    @Column(length = 12)
    public String education;

    @Column(length = 12)
    public String occupation;

    /** Counts are whole numbers; targets and realisations may have decimals (an index of 86.35). */
    @Column(name = "old_value")
    public BigDecimal oldValue;

    @Column(name = "new_value")
    public BigDecimal newValue;

    /** For a realisation: the evidence note given with the value. */
    @Column(length = 2000)
    public String evidence;
}
