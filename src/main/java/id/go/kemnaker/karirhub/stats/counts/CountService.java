package id.go.kemnaker.karirhub.stats.counts;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.statistics.Area;
import id.go.kemnaker.karirhub.stats.statistics.FigureSnapshot;
import id.go.kemnaker.karirhub.stats.statistics.RegionalFigures;
import id.go.kemnaker.karirhub.stats.statistics.StoredFigures;
import id.go.kemnaker.karirhub.stats.web.RequestParameters;
import id.go.kemnaker.karirhub.stats.periods.Period;

@ApplicationScoped
public class CountService {

    private final StoredFigures figures;
    private final ObjectMapper json;

    CountService(StoredFigures figures, ObjectMapper json) {
        this.figures = figures;
        this.json = json;
    }

    /**
     * The matching counts as a JSON answer, read with the data version in one statement:
     * ordered by year, month, category, week (month totals first) and region. National counts
     * when {@code regions} is empty, else the counts stored for those regions.
     */
    public Answer findAnswer(Category category, Integer year, Integer month, List<String> regions) {
        RegionalFigures snapshot = figures.readRegional(null, year != null ? year : Period.FIRST_YEAR,
                year != null ? year : Period.LAST_YEAR, Area.of(regions));
        List<CountView> matching = snapshot.storedCounts().stream()
                .filter(count -> category == null || count.category() == category)
                .filter(count -> month == null || count.month() == month)
                .sorted(STORED_ORDER)
                .map(count -> new CountView(count.category(), count.year(), count.month(), count.week(), count.amount(),
                        count.region()))
                .toList();
        return Answer.json(json, matching, snapshot.version());
    }

    private static final Comparator<FigureSnapshot.Count> STORED_ORDER = Comparator.comparingInt(FigureSnapshot.Count::year)
            .thenComparingInt(FigureSnapshot.Count::month)
            .thenComparing(count -> count.category().name())
            .thenComparing(FigureSnapshot.Count::week, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FigureSnapshot.Count::region, Comparator.nullsFirst(Comparator.naturalOrder()));
}
