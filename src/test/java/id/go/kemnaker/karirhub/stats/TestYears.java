package id.go.kemnaker.karirhub.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The registry of test years: every class that stores data (or relies on a year being empty)
 * declares its years with {@link OwnsYears} and takes them from {@link #of}, never as bare
 * literals. The first call scans every compiled test class and fails, naming both classes,
 * when a year is claimed twice or a class claims 2021 (the seed every test reads) or a year
 * outside 2000-2099. The cleanup helpers ({@code CountsTable}) refuse years the class does not own.
 */
public final class TestYears {

    /** The LAKIP 2021 figures loaded by the migrations: read by many classes, written by none. */
    public static final int SEED = 2021;

    private static final Map<Integer, String> OWNERS = scan();

    private TestYears() {
    }

    /** {@code owner}'s years, in the order it declared them; fails when it declares none. */
    public static int[] of(Class<?> owner) {
        OwnsYears owns = owner.getAnnotation(OwnsYears.class);
        if (owns == null || owns.value().length == 0) {
            throw new AssertionError(owner.getName() + " asks for test years but claims none: annotate it with @OwnsYears");
        }
        for (int year : owns.value()) {
            if (!owner.getName().equals(OWNERS.get(year))) {
                throw new AssertionError("year " + year + " is registered to " + OWNERS.get(year) + ", not " + owner.getName());
            }
        }
        return owns.value().clone();
    }

    /** Who owns which year: for the registry's own test and for messages. */
    public static Map<Integer, String> owners() {
        return new TreeMap<>(OWNERS);
    }

    private static Map<Integer, String> scan() {
        Path classes = Path.of("target", "test-classes");
        Map<Integer, String> owners = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        ClassLoader loader = TestYears.class.getClassLoader();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                OwnsYears owns;
                try {
                    owns = Class.forName(name, false, loader).getAnnotation(OwnsYears.class);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (owns == null) {
                    continue;
                }
                for (int year : owns.value()) {
                    if (year == SEED || year < 2000 || year > 2099) {
                        problems.add(name + " claims " + year + ": test years are 2000-2099 without " + SEED);
                    }
                    String earlier = owners.putIfAbsent(year, name);
                    if (earlier != null && !earlier.equals(name)) {
                        problems.add("year " + year + " is claimed by both " + earlier + " and " + name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the test classes in " + classes.toAbsolutePath(), e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Test years clash (pick free ones; taken: " + owners.keySet() + "):\n  "
                    + String.join("\n  ", problems));
        }
        return owners;
    }
}
