package id.go.kemnaker.karirhub.stats.problem;

/** One item of a problem's errors about a write: the write, as its sender names it ({@code [3]}, {@code line 7}), and why. */
public record ItemError(String item, String message) {
}
