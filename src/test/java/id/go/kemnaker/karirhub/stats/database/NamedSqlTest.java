package id.go.kemnaker.karirhub.stats.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;

import io.quarkus.test.junit.QuarkusTest;

/** Named parameters on the embedded PostgreSQL, each way of planning giving the same rows. */
@QuarkusTest
class NamedSqlTest {

    private static final String TEXT = """
            SELECT n, n BETWEEN :first AND :last AS inside, :flag AS flag, 'a :b c' AS quoted, n::integer AS cast
              FROM generate_series(:first - 1, :last + 1) AS n ORDER BY n""";

    @Inject
    DataSource dataSource;

    @Test
    void everyWayOfPlanningGivesTheSameRows() throws Exception {
        List<String> expected = List.of("2020 false true a :b c 2020", "2021 true true a :b c 2021", "2022 true true a :b c 2022",
                "2023 false true a :b c 2023");
        for (NamedSql.Planning planning : NamedSql.Planning.values()) {
            NamedSql sql = NamedSql.of(TEXT, planning);
            assertEquals(java.util.Set.of("first", "last", "flag"), sql.names());
            for (int execution = 0; execution < 7; execution++) { // past the driver's threshold for a server-side statement
                assertEquals(expected, rows(sql, NamedSql.binds().set("first", 2021).set("last", 2022).set("flag", true)), planning.name());
            }
        }
    }

    @Test
    void withValuesIsSentUnnamedAndOncePerValuesWritesInOnlyNumbersAndBooleans() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = NamedSql.of(TEXT, NamedSql.Planning.WITH_VALUES).prepare(connection,
                        NamedSql.binds().set("first", 1).set("last", 2).set("flag", false))) {
            assertEquals(0, statement.unwrap(PGStatement.class).getPrepareThreshold());
        }
        // text stays a parameter: a value that would be SQL written in comes back as the text it is
        NamedSql once = NamedSql.of("SELECT :name::text, :year + 1, array_to_string(:list::text[], ',')", NamedSql.Planning.ONCE_PER_VALUES);
        String hostile = "x'; DROP TABLE region; --";
        for (int execution = 0; execution < 7; execution++) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = once.prepare(connection,
                            NamedSql.binds().set("name", hostile).set("year", 2021).set("list", List.of("32", "33")));
                    ResultSet result = statement.executeQuery()) {
                assertTrue(result.next());
                assertEquals(hostile, result.getString(1));
                assertEquals(2022, result.getInt(2));
                assertEquals("32,33", result.getString(3));
                assertEquals(2, statement.getParameterMetaData().getParameterCount(), "the year is written in, the rest bound");
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> once.prepare(connection, NamedSql.binds()));
        }
    }

    private List<String> rows(NamedSql sql, NamedSql.Binds binds) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = sql.prepare(connection, binds);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getBoolean(2) + " " + result.getBoolean(3) + " " + result.getString(4) + " "
                        + result.getInt(5));
            }
        }
        return rows;
    }
}
