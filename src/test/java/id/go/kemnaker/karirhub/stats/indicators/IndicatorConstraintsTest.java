package id.go.kemnaker.karirhub.stats.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import io.quarkus.test.junit.QuarkusTest;

/** The database itself refuses targets and realisations that break the rules, whatever client writes them. */
@QuarkusTest
@OwnsYears({2079})
class IndicatorConstraintsTest {

    private static final int YEAR = TestYears.of(IndicatorConstraintsTest.class)[0];

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, IndicatorConstraintsTest.class).deleteOwnedYears();
    }

    @ParameterizedTest(name = "a realisation {0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "FACILITATED_WORKERS|1040746|Table 3.3",
            "SERVICE_USERS|1602957|Table 3.4",
            "DATA_BREACH_PERCENT|0.5|Half a report",
            "OPERATIONAL_POC_PERCENT|100.5|Survey",
            "DATA_UTILITY_INDEX|-1|Survey",
            "DATA_UTILITY_INDEX|50.00001|Survey",
            "DATA_UTILITY_INDEX|50|'   '",
            "IKK_8|50|Survey"
    })
    void refusesARealisationOutsideTheRules(String indicator, String value, String evidence) {
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO yearly_realisation "
                + "(id, indicator, year, realisation, evidence) VALUES (nextval('yearly_realisation_seq'), '" + indicator + "', "
                + YEAR + ", " + value + ", '" + evidence + "')"));
        assertEquals("23514", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void refusesASecondRealisationOfTheSameYear() throws SQLException {
        execute("INSERT INTO yearly_realisation (id, indicator, year, realisation, evidence) "
                + "VALUES (nextval('yearly_realisation_seq'), 'SERVICE_QUALITY_INDEX', " + YEAR + ", 50, 'Survey')");
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO yearly_realisation "
                + "(id, indicator, year, realisation, evidence) VALUES (nextval('yearly_realisation_seq'), "
                + "'SERVICE_QUALITY_INDEX', " + YEAR + ", 60, 'Another survey')"));
        assertEquals("23505", refused.getSQLState());
    }

    @ParameterizedTest(name = "a target {0} = {1} is refused")
    @CsvSource({
            "FACILITATED_WORKERS, 2000000.5",
            "SERVICE_USERS, 0.5",
            "DATA_BREACH_PERCENT, 0.5",
            "OPERATIONAL_POC_PERCENT, 101",
            "DATA_UTILITY_INDEX, 1e15",
            "JOB_SEEKER, 1"
    })
    void refusesATargetOutsideTheRules(String indicator, String value) {
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO yearly_target (id, indicator, year, "
                + "target) VALUES (nextval('yearly_target_seq'), '" + indicator + "', " + YEAR + ", " + value + ")"));
        assertEquals("23514", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void refusesAnAuditedRealisationWithoutEvidence() {
        SQLException refused = assertThrows(SQLException.class, () -> execute("INSERT INTO audit_entry (changed_at, actor, "
                + "channel, subject, indicator, year, old_value, new_value) VALUES (now(), 'test', 'api', 'REALISATION', "
                + "'DATA_UTILITY_INDEX', " + YEAR + ", NULL, 50)"));
        assertEquals("23514", refused.getSQLState(), refused.getMessage());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
