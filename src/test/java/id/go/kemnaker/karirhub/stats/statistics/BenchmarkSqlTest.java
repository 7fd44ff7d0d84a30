package id.go.kemnaker.karirhub.stats.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Case P of {@code bench/run.sh} replays {@code bench/facilitated-workers-2021.sql} with pgbench and
 * compares the service with it, so that file must stay the statement the service runs for an
 * uncached national read ({@link StoredFigures#CURRENT}), with its year bounds as {@code :year}.
 */
class BenchmarkSqlTest {

    @Test
    void theBenchmarkReplaysTheStatementTheServiceRuns() throws Exception {
        String file = Files.readString(Path.of("bench", "facilitated-workers-2021.sql"));
        String statement = file.substring(file.indexOf("SELECT")).strip();
        assertEquals(normalised(StoredFigures.CURRENT.replace("?", ":year")), normalised(statement.replaceAll(";$", "")));
    }

    private static String normalised(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
