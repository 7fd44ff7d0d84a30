package id.go.kemnaker.karirhub.stats.counts;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.go.kemnaker.karirhub.stats.cache.Answer;
import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;
import id.go.kemnaker.karirhub.stats.figures.Area;
import id.go.kemnaker.karirhub.stats.figures.Basis;
import id.go.kemnaker.karirhub.stats.figures.Figure;
import id.go.kemnaker.karirhub.stats.figures.FigureRead;
import id.go.kemnaker.karirhub.stats.figures.FigureRepository;
import id.go.kemnaker.karirhub.stats.periods.Period;

@ApplicationScoped
public class CountService {

    private final FigureRepository figures;
    private final ObjectMapper json;

    CountService(FigureRepository figures, ObjectMapper json) {
        this.figures = figures;
        this.json = json;
    }

    /**
     * The matching counts as a JSON answer, read with the data version in one statement:
     * ordered by year, month, category, week (month totals first) and region. National counts
     * when {@code regions} is empty, else the counts stored for those regions. On
     * {@link Basis#LIVE}, what events counted instead (the nation's: every event; a region's: its
     * own and its regencies'); on {@link Basis#BEST}, the stored counts and the live week of each
     * week a member stored neither that week nor the month as a total, marked provisional.
     */
    public Answer findAnswer(Category category, Integer year, Integer month, List<String> regions, Basis basis) {
        FigureRead snapshot = figures.stored(Area.of(regions), year != null ? year : Period.FIRST_YEAR,
                year != null ? year : Period.LAST_YEAR, basis);
        List<CountView> matching = snapshot.storedCounts().stream()
                .filter(count -> category == null || count.cell().category() == category)
                .filter(count -> month == null || count.cell().month() == month)
                .sorted(STORED_ORDER)
                .map(count -> CountView.of(count.cell(), count.amount(), count.provisional()))
                .toList();
        return Answer.json(json, matching, snapshot.version());
    }

    private static final Comparator<Figure> STORED_ORDER = Comparator.comparing(Figure::cell, Comparator.comparingInt(Cell::year)
            .thenComparingInt(Cell::month)
            .thenComparing(cell -> cell.category().name())
            .thenComparing(Cell::week, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Cell::region, Comparator.nullsFirst(Comparator.naturalOrder())));
}
