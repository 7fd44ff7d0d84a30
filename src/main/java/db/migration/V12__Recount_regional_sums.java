package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import id.go.kemnaker.karirhub.stats.counts.RegionalSumsRecount;

/**
 * The regional sums kept before this version counted the weekly regencies of a province twice
 * in a month where other regencies of it gave a month total (issue 21); the reads now pick a
 * region's figure by the same rule as the writer ({@code RegionalSums}), so every stored sum is
 * recomputed once by that rule. A Java migration so that the rule has one text: the writer's.
 */
public class V12__Recount_regional_sums extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RegionalSumsRecount.recount(context.getConnection());
    }
}
