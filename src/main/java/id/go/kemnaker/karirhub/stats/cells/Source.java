package id.go.kemnaker.karirhub.stats.cells;

/**
 * Where a write came from, so that an error about it names what the sender can find and fix: a
 * line of an imported file, an item of a batch, or the one count a request's path names.
 */
public sealed interface Source {

    /** How messages and problem answers name it: {@code line 7}, {@code [3]}, {@code JOB_SEEKER 2021-03 week 2}. */
    String label();

    /** A line of an imported file, counted from 1 (the header is line 1). */
    record Line(int number) implements Source {
        @Override
        public String label() {
            return "line " + number;
        }
    }

    /** An item of a batch, counted from 0 as in the JSON array. */
    record Item(int index) implements Source {
        @Override
        public String label() {
            return "[" + index + "]";
        }
    }

    /** The count a request's path names. */
    record Path(Cell cell) implements Source {
        @Override
        public String label() {
            return cell.describe();
        }
    }
}
