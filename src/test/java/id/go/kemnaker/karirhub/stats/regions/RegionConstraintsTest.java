package id.go.kemnaker.karirhub.stats.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The database itself refuses regions that break the rules of the code list. Each statement runs
 * in a transaction that is rolled back, so nothing stays behind.
 */
@QuarkusTest
class RegionConstraintsTest {

    private static final String INSERT = "INSERT INTO region (code, name, level, kind, parent_code, valid_from, valid_to) "
            + "VALUES (%s)";

    @Inject
    DataSource dataSource;

    @Test
    void refusesACodeWithoutItsDot() {
        assertRejected("23514", "'3299', 'Kota X', 'REGENCY', 'KOTA', '32', NULL, NULL");
    }

    @Test
    void refusesARegencyUnderAnotherProvinceThanItsCodeSays() {
        assertRejected("23514", "'32.99', 'Kota X', 'REGENCY', 'KOTA', '33', NULL, NULL");
    }

    @Test
    void refusesARegencyUnderAProvinceThatIsNotInTheList() {
        assertRejected("23503", "'98.01', 'Kabupaten X', 'REGENCY', 'KABUPATEN', '98', NULL, NULL");
    }

    @Test
    void refusesAKotaNumberedLikeAKabupaten() {
        assertRejected("23514", "'32.30', 'Kota X', 'REGENCY', 'KOTA', '32', NULL, NULL");
    }

    @Test
    void refusesAProvinceWithAKind() {
        assertRejected("23514", "'98', 'Provinsi X', 'PROVINCE', 'KOTA', NULL, NULL, NULL");
    }

    @Test
    void refusesARegencyValidBeforeItsProvinceExisted() {
        assertRejected("23514", "'93.99', 'Kabupaten X', 'REGENCY', 'KABUPATEN', '93', NULL, NULL");
    }

    @Test
    void refusesAValidityThatEndsBeforeItStarts() {
        assertRejected("23514", "'32.99', 'Kota X', 'REGENCY', 'KOTA', '32', DATE '2023-01-01', DATE '2022-01-01'");
    }

    @Test
    void refusesADuplicateCode() {
        assertRejected("23505", "'32.73', 'Kota Bandung', 'REGENCY', 'KOTA', '32', NULL, NULL");
    }

    private void assertRejected(String sqlState, String values) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(String.format(INSERT, values));
                } finally {
                    connection.rollback();
                }
            }
        });
        assertEquals(sqlState, refused.getSQLState(), refused.getMessage());
    }
}
