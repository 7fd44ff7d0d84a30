package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import id.go.kemnaker.karirhub.stats.counts.RegionalSumsRecount;

/**
 * Fills table {@code part_sum} (V18) for the parts stored before it existed, by the rule the
 * writer keeps it with from now on. A Java migration so that the rule has one text: the writer's.
 */
public class V19__Sum_regional_parts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RegionalSumsRecount.recountParts(context.getConnection());
    }
}
