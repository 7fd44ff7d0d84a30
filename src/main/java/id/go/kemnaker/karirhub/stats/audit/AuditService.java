package id.go.kemnaker.karirhub.stats.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.counts.CountKey;

@ApplicationScoped
public class AuditService {

    private final AuditEntryRepository entries;

    AuditService(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public AuditPage page(long afterId, OffsetDateTime since, Category category, Integer year, int limit) {
        List<AuditEntryView> page = entries.page(afterId, since, category, year, limit).stream().map(AuditEntryView::of).toList();
        String next = page.size() == limit ? String.valueOf(page.get(page.size() - 1).id()) : null;
        return new AuditPage(page, next);
    }

    public List<AuditEntryView> historyOf(CountKey key) {
        return entries.historyOf(key).stream().map(AuditEntryView::of).toList();
    }
}
