package id.go.kemnaker.karirhub.stats.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database itself refuses bad counts, whoever writes them. Each statement runs in a
 * transaction that is rolled back, so nothing stays behind.
 */
@QuarkusTest
@OwnsYears({2094})
class DatabaseConstraintsTest {

    private static final String INSERT = "INSERT INTO reported_count (id, category, year, month, week, amount) "
            + "VALUES (nextval('reported_count_seq'), %s, %s, %s, %s, %s)";

    @Inject
    DataSource dataSource;

    @Test
    void rejectsADuplicateWeek() {
        assertRejected("23505", "'JOB_SEEKER'", "2021", "1", "1", "5");
    }

    @Test
    void rejectsADuplicateMonthTotal() {
        assertRejected("23505", "'EMPLOYER'", "2021", "1", "NULL", "5");
    }

    @Test
    void rejectsANegativeCount() {
        assertRejected("23514", "'JOB_SEEKER'", "2094", "1", "1", "-1");
    }

    @Test
    void rejectsWeekFive() {
        assertRejected("23514", "'JOB_SEEKER'", "2094", "1", "5", "1");
    }

    @Test
    void rejectsWeekZero() {
        assertRejected("23514", "'JOB_SEEKER'", "2094", "1", "0", "1");
    }

    @Test
    void rejectsMonth13() {
        assertRejected("23514", "'JOB_SEEKER'", "2094", "13", "1", "1");
    }

    @Test
    void rejectsAYearOutside2000To2099() {
        assertRejected("23514", "'JOB_SEEKER'", "1999", "1", "1", "1");
        assertRejected("23514", "'JOB_SEEKER'", "2100", "1", "1", "1");
    }

    @Test
    void rejectsAnUnknownCategory() {
        assertRejected("23514", "'TEACHER'", "2094", "1", "1", "1");
    }

    @Test
    void rejectsAMonthTotalWhereWeeksAreStored() {
        SQLException refused = assertRejected("23P01", "'JOB_SEEKER'", "2021", "3", "NULL", "15846");
        assertTrue(refused.getMessage().contains("JOB_SEEKER 2021-03 already holds week 1, week 2, week 3, week 4"),
                refused.getMessage());
    }

    @Test
    void rejectsAWeekWhereAMonthTotalIsStored() {
        SQLException refused = assertRejected("23P01", "'EMPLOYER'", "2021", "3", "2", "10");
        assertTrue(refused.getMessage().contains("EMPLOYER 2021-03 already holds month total"), refused.getMessage());
    }

    /** The region of a count is checked per statement (V11), with the foreign key's SQLSTATE and name. */
    @Test
    void rejectsACountOfAnUnknownRegion() {
        SQLException refused = assertRefused("23503", "INSERT INTO reported_count (category, year, month, week, region_code, amount) "
                + "VALUES ('JOB_SEEKER', 2094, 1, 1, '32.73', 5), ('JOB_SEEKER', 2094, 1, 1, '98.98', 5)");
        assertTrue(refused.getMessage().contains("region 98.98 is not in table region"), refused.getMessage());
    }

    @Test
    void rejectsMovingACountToAnUnknownRegion() {
        assertRefused("23503", "INSERT INTO reported_count (category, year, month, week, region_code, amount) "
                + "VALUES ('JOB_SEEKER', 2094, 1, 1, '32.73', 5)",
                "UPDATE reported_count SET region_code = '98.98' WHERE year = 2094 AND region_code = '32.73'");
    }

    @Test
    void keepsARegionThatACountNames() {
        String count = "INSERT INTO reported_count (category, year, month, week, region_code, amount) "
                + "VALUES ('JOB_SEEKER', 2094, 1, 1, '32.73', 5)";
        SQLException refused = assertRefused("23503", count, "DELETE FROM region WHERE code = '32.73'");
        assertTrue(refused.getMessage().contains("region 32.73 is still named by counts"), refused.getMessage());
        assertRefused("23503", count, "UPDATE region SET code = '32.99' WHERE code = '32.73'");
    }

    /** Runs the statements in a transaction that is rolled back; the last one must fail with {@code sqlState}. */
    private SQLException assertRefused(String sqlState, String... statements) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements) {
                        statement.executeUpdate(sql);
                    }
                } finally {
                    connection.rollback();
                }
            }
        });
        assertEquals(sqlState, refused.getSQLState(), refused.getMessage());
        return refused;
    }

    private SQLException assertRejected(String sqlState, String category, String year, String month, String week, String amount) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(String.format(INSERT, category, year, month, week, amount));
                } finally {
                    connection.rollback();
                }
            }
        });
        assertEquals(sqlState, refused.getSQLState(), refused.getMessage());
        return refused;
    }
}
