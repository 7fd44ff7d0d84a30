package id.go.kemnaker.karirhub.stats.targets;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/** The target of an indicator for one year (Renstra 2020-2024 / Perjanjian Kinerja). */
@Entity
@Table(name = "yearly_target")
@AttributeOverride(name = "value", column = @Column(name = "target", nullable = false))
public class YearlyTarget extends YearlyValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "yearly_target_seq")
    @SequenceGenerator(name = "yearly_target_seq", sequenceName = "yearly_target_seq", allocationSize = 50)
    Long id;

    protected YearlyTarget() {
    }

    YearlyTarget(Indicator indicator, int year) {
        super(indicator, year);
    }
}
