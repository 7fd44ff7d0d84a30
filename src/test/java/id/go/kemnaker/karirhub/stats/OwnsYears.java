package id.go.kemnaker.karirhub.stats;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The years a test class writes, or reads expecting them empty. No two classes may claim the
 * same year, and 2021 (the LAKIP seed, read-only) belongs to nobody: {@link TestYears} checks
 * both whenever a class asks for its years, so a new class that reuses a year fails at once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnsYears {

    int[] value();
}
