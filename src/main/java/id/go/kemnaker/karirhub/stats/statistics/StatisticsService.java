package id.go.kemnaker.karirhub.stats.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import id.go.kemnaker.karirhub.stats.categories.Category;
import id.go.kemnaker.karirhub.stats.counts.ReportedCountRepository;
import id.go.kemnaker.karirhub.stats.targets.Indicator;
import id.go.kemnaker.karirhub.stats.targets.TargetService;

/** The LAKIP figures of a year: IKK 5 (facilitated workers) and IKK 6 (service users). */
@ApplicationScoped
public class StatisticsService {

    private final ReportedCountRepository counts;
    private final TargetService targets;

    StatisticsService(ReportedCountRepository counts, TargetService targets) {
        this.counts = counts;
        this.targets = targets;
    }

    public FacilitatedWorkersStatistics facilitatedWorkers(int year) {
        CountsOfYear data = new CountsOfYear(counts.listForYear(year));
        Category jobSeekers = Category.JOB_SEEKER;
        List<FacilitatedWorkersStatistics.Month> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            int m = month;
            List<FacilitatedWorkersStatistics.Week> weeks = data.reportedAsMonthTotal(jobSeekers, month)
                    ? List.of()
                    : IntStream.rangeClosed(1, 4)
                            .mapToObj(week -> new FacilitatedWorkersStatistics.Week(week, data.week(jobSeekers, m, week)))
                            .toList();
            months.add(new FacilitatedWorkersStatistics.Month(month, data.month(jobSeekers, month), weeks));
        }
        Long total = CountsOfYear.sumOfReported(months.stream().map(FacilitatedWorkersStatistics.Month::total).toList());
        Long target = targets.targetOf(Indicator.FACILITATED_WORKERS, year).orElse(null);
        return new FacilitatedWorkersStatistics(Indicator.FACILITATED_WORKERS, year, total, target,
                Achievement.percent(total, target), months);
    }

    public ServiceUserStatistics serviceUsers(int year) {
        CountsOfYear data = new CountsOfYear(counts.listForYear(year));
        List<ServiceUserStatistics.Month> months = new ArrayList<>(12);
        Map<Category, List<Long>> perCategory = new EnumMap<>(Category.class);
        for (int month = 1; month <= 12; month++) {
            Map<Category, Long> ofMonth = new EnumMap<>(Category.class);
            for (Category category : Indicator.SERVICE_USERS.categories()) {
                Long value = data.month(category, month);
                ofMonth.put(category, value);
                perCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(value);
            }
            months.add(new ServiceUserStatistics.Month(month,
                    CountsOfYear.sumOfReported(new ArrayList<>(ofMonth.values())), ServiceUserStatistics.ByCategory.of(ofMonth)));
        }
        Map<Category, Long> ofYear = new EnumMap<>(Category.class);
        perCategory.forEach((category, values) -> ofYear.put(category, CountsOfYear.sumOfReported(values)));
        Long total = CountsOfYear.sumOfReported(new ArrayList<>(ofYear.values()));
        Long target = targets.targetOf(Indicator.SERVICE_USERS, year).orElse(null);
        return new ServiceUserStatistics(Indicator.SERVICE_USERS, year, total, target, Achievement.percent(total, target),
                ServiceUserStatistics.ByCategory.of(ofYear), months);
    }
}
