package id.go.kemnaker.karirhub.stats.history;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.cells.Cell;

@ApplicationScoped
public class AuditService {

    private final AuditEntryRepository entries;

    AuditService(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public AuditPage page(long afterId, OffsetDateTime since, Category category, Integer year, String region, int limit) {
        List<AuditEntryView> page = entries.page(afterId, since, category, year, region, limit).stream().map(AuditEntryView::of).toList();
        String next = page.size() == limit ? String.valueOf(page.get(page.size() - 1).id()) : null;
        return new AuditPage(page, next);
    }

    /** Every recorded change of one count (a month total when {@code week} is null), oldest first. */
    /** Every change of the count in {@code cell}, oldest first. */
    public List<AuditEntryView> historyOf(Cell cell) {
        return entries.historyOf(cell).stream()
                .map(AuditEntryView::of).toList();
    }
}
