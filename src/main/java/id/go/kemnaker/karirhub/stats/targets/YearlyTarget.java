package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/** The target of an indicator for one year (Renstra 2020-2024 / Perjanjian Kinerja). */
@Entity
@Table(name = "yearly_target")
public class YearlyTarget implements YearlyValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "yearly_target_seq")
    @SequenceGenerator(name = "yearly_target_seq", sequenceName = "yearly_target_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Indicator indicator;

    @Column(nullable = false)
    public int year;

    /** In the indicator's unit; stored without trailing zeros (see {@code Unit.canonical}). */
    @Column(nullable = false)
    public BigDecimal target;

    @Column(nullable = false)
    public int version;

    protected YearlyTarget() {
    }

    YearlyTarget(Indicator indicator, int year) {
        this.indicator = indicator;
        this.year = year;
    }

    @Override
    public BigDecimal value() {
        return target;
    }

    @Override
    public String evidence() {
        return null;
    }

    @Override
    public void change(BigDecimal value, String evidence) {
        if (target != null) {
            version++;
        }
        target = value;
    }
}
