package id.go.kemnaker.karirhub.stats.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.cells.Cell;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ReportedCountRepository implements PanacheRepository<ReportedCount> {

    public Optional<ReportedCount> findByCell(Cell key) {
        List<Object> parameters = new ArrayList<>(List.of(key.category(), key.year(), key.month()));
        StringBuilder query = new StringBuilder("category = ?1 and year = ?2 and month = ?3");
        if (key.isMonthTotal()) {
            query.append(" and week is null");
        } else {
            parameters.add(key.week());
            query.append(" and week = ?").append(parameters.size());
        }
        if (key.isNational()) {
            query.append(" and regionCode is null");
        } else {
            parameters.add(key.region());
            query.append(" and regionCode = ?").append(parameters.size());
        }
        return find(query.toString(), parameters.toArray()).firstResultOptional();
    }
}
