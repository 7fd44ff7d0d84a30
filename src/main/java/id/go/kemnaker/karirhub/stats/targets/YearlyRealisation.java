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

/** What a reported indicator reached in one year, and the evidence it rests on. */
@Entity
@Table(name = "yearly_realisation")
public class YearlyRealisation implements YearlyValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "yearly_realisation_seq")
    @SequenceGenerator(name = "yearly_realisation_seq", sequenceName = "yearly_realisation_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Indicator indicator;

    @Column(nullable = false)
    public int year;

    /** In the indicator's unit; stored without trailing zeros. */
    @Column(nullable = false)
    public BigDecimal realisation;

    @Column(nullable = false, length = 2000)
    public String evidence;

    @Column(nullable = false)
    public int version;

    protected YearlyRealisation() {
    }

    YearlyRealisation(Indicator indicator, int year) {
        this.indicator = indicator;
        this.year = year;
    }

    @Override
    public BigDecimal value() {
        return realisation;
    }

    @Override
    public String evidence() {
        return evidence;
    }

    @Override
    public void change(BigDecimal value, String evidence) {
        if (realisation != null) {
            version++;
        }
        realisation = value;
        this.evidence = evidence;
    }
}
