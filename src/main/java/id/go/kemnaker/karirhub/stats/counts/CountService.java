package id.go.kemnaker.karirhub.stats.counts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;

@ApplicationScoped
public class CountService {

    private final ReportedCountRepository counts;

    CountService(ReportedCountRepository counts) {
        this.counts = counts;
    }

    public List<CountView> find(Category category, Integer year, Integer month) {
        return counts.listMatching(category, year, month).stream().map(CountView::of).toList();
    }
}
