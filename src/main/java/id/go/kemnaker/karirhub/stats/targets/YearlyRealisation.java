package id.go.kemnaker.karirhub.stats.targets;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import id.go.kemnaker.karirhub.stats.indicators.Indicator;

/** What a reported indicator reached in one year, and the evidence it rests on. */
@Entity
@Table(name = "yearly_realisation")
@AttributeOverride(name = "value", column = @Column(name = "realisation", nullable = false))
public class YearlyRealisation extends YearlyValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "yearly_realisation_seq")
    @SequenceGenerator(name = "yearly_realisation_seq", sequenceName = "yearly_realisation_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 2000)
    String evidence;

    protected YearlyRealisation() {
    }

    YearlyRealisation(Indicator indicator, int year) {
        super(indicator, year);
    }

    @Override
    String evidence() {
        return evidence;
    }

    @Override
    void change(BigDecimal value, String evidence) {
        super.change(value, evidence);
        this.evidence = evidence;
    }
}
