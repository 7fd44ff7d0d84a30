package id.go.kemnaker.karirhub.stats.counts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Migration V12 recounts the stored regional sums by the rule of this build: sums kept wrong by an
 * earlier rule come out as the writer computes them now, and the wrong ones stay as the history of
 * what was served until then.
 */
@QuarkusTest
@OwnsYears({2025})
class RegionalSumsRecountTest {

    private static final int YEAR = TestYears.of(RegionalSumsRecountTest.class)[0];
    private static final String CURRENT = "SELECT coalesce(parent_code, '-'), category, month, coalesce(week, 0), amount, reporting, "
            + "expected, partial, month_totals FROM regional_sum WHERE to_entry IS NULL AND year = " + YEAR
            + " ORDER BY 1, 2, 3, 4";

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, RegionalSumsRecountTest.class).deleteOwnedYears();
    }

    @Test
    void recountsWhatAnEarlierRuleKeptWrong() throws SQLException {
        String csv = "Kategori;Tahun;Bulan;Minggu;Kode Wilayah;Jumlah\n"
                + "JOB_SEEKER;" + YEAR + ";5;;32.01;100\n"
                + "JOB_SEEKER;" + YEAR + ";5;1;32.02;10\n"
                + "JOB_SEEKER;" + YEAR + ";5;2;32.02;20\n"
                + "EMPLOYER;" + YEAR + ";6;3;33.74;7\n";
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports").then().statusCode(200);
        List<String> written = rows(CURRENT);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // what the rule before issue 21 stored for the nation in May: the weekly regency twice
            statement.executeUpdate("UPDATE regional_sum SET amount = 160 WHERE to_entry IS NULL AND year = " + YEAR
                    + " AND parent_code IS NULL AND month = 5 AND week IS NULL");
        }
        assertNotEquals(written, rows(CURRENT));
        int months;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            months = RegionalSumsRecount.recount(connection);
            connection.commit();
        }
        assertEquals(written, rows(CURRENT), "the sums as the writer computes them");
        assertEquals(1, rows("SELECT 1 FROM regional_sum WHERE to_entry IS NOT NULL AND amount = 160 AND year = " + YEAR).size(),
                "the wrong sum kept as history");
        assertEquals(true, months >= 2, "at least the two months of this test were recounted, got " + months);
    }

    @Test
    void sumsThePartsAsTheWriterKeepsThem() throws SQLException {
        String csv = "Kategori;Tahun;Bulan;Minggu;Kode Wilayah;Jenis Kelamin;Pendidikan;Jumlah\n"
                + "JOB_SEEKER;" + YEAR + ";3;;32.01;Jumlah;Jumlah;100\n"
                + "JOB_SEEKER;" + YEAR + ";3;;32.01;P;SMK;40\n"
                + "JOB_SEEKER;" + YEAR + ";3;;32.01;L;SMK;30\n"
                + "JOB_SEEKER;" + YEAR + ";3;2;33.74;Jumlah;Jumlah;20\n"
                + "JOB_SEEKER;" + YEAR + ";3;2;33.74;P;Jumlah;12\n";
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports").then().statusCode(200);
        String parts = "SELECT coalesce(parent_code, '-'), category, month, coalesce(week, 0), sex, age_group, education, occupation, "
                + "amount, reporting, expected, partial, month_totals FROM part_sum WHERE year = " + YEAR + " ORDER BY 1, 2, 3, 4, 5, 6, 7";
        List<String> written = rows(parts);
        // the provinces' sums (32 and 33) and the nation's, of each of the three parts, by week and month
        assertEquals(true, written.contains("-|JOB_SEEKER|3|0|P|null|SMK|null|40|1|38|1|1|"), written.toString());
        assertEquals(true, written.contains("33|JOB_SEEKER|3|2|P|null|null|null|12|1|35|0|0|"), written.toString());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM part_sum WHERE year = " + YEAR);
        }
        int months;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            months = RegionalSumsRecount.recountParts(connection);
            connection.commit();
        }
        assertEquals(written, rows(parts), "the sums as the writer keeps them");
        assertEquals(true, months >= 1, "at least the month of this test was summed, got " + months);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
