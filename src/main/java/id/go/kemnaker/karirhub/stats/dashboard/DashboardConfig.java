package id.go.kemnaker.karirhub.stats.dashboard;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The dashboard page; see the "Dashboard" section of application.properties. */
@ConfigMapping(prefix = "karirhub.dashboard")
public interface DashboardConfig {

    /** How often an open page asks for new figures (a 304 when nothing changed). */
    @WithDefault("30s")
    Duration pollInterval();
}
