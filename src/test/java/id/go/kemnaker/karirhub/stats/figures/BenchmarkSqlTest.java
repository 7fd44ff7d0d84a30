package id.go.kemnaker.karirhub.stats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Case P of {@code bench/run.sh} replays {@code bench/facilitated-workers-2021.sql} with pgbench and
 * compares the service with it, so that file must stay the statement the service runs for an
 * uncached national read ({@link FigureRepository#statement}, shape NATION, grain WEEK, current), with
 * pgbench variables for its named parameters set to the read of 2021.
 */
class BenchmarkSqlTest {

    @Test
    void theBenchmarkReplaysTheStatementTheServiceRuns() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("bench", "facilitated-workers-2021.sql"));
        List<String> sets = lines.stream().filter(line -> line.startsWith("\\set ")).toList();
        assertEquals(List.of("\\set first 2021", "\\set last 2021"), sets);
        String file = String.join("\n", lines.stream().filter(line -> !line.startsWith("--") && !line.startsWith("\\set")).toList());
        var statement = FigureRepository.statement(FigureQuery.Shape.NATION, FigureQuery.Grain.WEEK, false);
        assertEquals(Set.of("first", "last"), statement.names());
        assertEquals(normalised(statement.text()), normalised(file.strip().replaceAll(";$", "")));
    }

    private static String normalised(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
