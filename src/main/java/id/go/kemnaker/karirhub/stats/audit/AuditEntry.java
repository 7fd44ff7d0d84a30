package id.go.kemnaker.karirhub.stats.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded change to a count or a target. Written by {@link AuditTrail}, never changed. */
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

    /** COUNT or TARGET. */
    @Column(nullable = false, length = 8)
    public String subject;

    @Column(length = 32)
    public String category;

    @Column(length = 32)
    public String indicator;

    @Column(nullable = false)
    public int year;

    public Integer month;

    public Integer week;

    @Column(name = "old_value")
    public Long oldValue;

    @Column(name = "new_value")
    public Long newValue;
}
