package id.go.kemnaker.karirhub.stats.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Case P of {@code bench/run.sh} replays {@code bench/facilitated-workers-2021.sql} with pgbench and
 * compares the service with it, so that file must stay the statement the service runs for an
 * uncached national read of 2021 ({@link StoredFigures#currentNational}).
 */
class BenchmarkSqlTest {

    @Test
    void theBenchmarkReplaysTheStatementTheServiceRuns() throws Exception {
        String file = Files.readString(Path.of("bench", "facilitated-workers-2021.sql"));
        String statement = file.substring(file.indexOf("SELECT")).strip();
        assertEquals(normalised(StoredFigures.currentNational(2021, 2021)), normalised(statement.replaceAll(";$", "")));
    }

    private static String normalised(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
