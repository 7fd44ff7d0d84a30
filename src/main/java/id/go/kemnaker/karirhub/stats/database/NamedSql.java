package id.go.kemnaker.karirhub.stats.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGStatement;

/**
 * A statement whose parameters have names ({@code :first}, written as pgbench writes its
 * variables, so a benchmark can replay the same text), parsed once into the positional
 * {@code ?} of JDBC. A name may appear several times; a cast ({@code ::integer}) and text in
 * quotes are left alone. Binding checks that every name is given and nothing else is, so a
 * statement and its caller cannot drift apart by position.
 *
 * <p>How PostgreSQL plans it is chosen with the statement ({@link Planning}): left to the server
 * (a plan with the values for the first five executions of a prepared statement, then a generic
 * one if its estimated cost is not higher), with the values every time, or once per set of values.
 */
public final class NamedSql {

    /** How the statement is planned. */
    public enum Planning {
        /** As PostgreSQL decides for a prepared statement. */
        SERVER,
        /**
         * With the values bound, at every execution (the driver sends it unnamed): for a
         * statement whose generic plan runs several times slower than one made for the values,
         * which the server's cost estimates do not foresee.
         */
        WITH_VALUES,
        /**
         * Once per set of whole numbers and booleans: those are written into the text as
         * literals (years, a grain), the other values (text, lists, moments) stay parameters, and
         * each such text is a statement prepared once per connection. For a statement whose
         * planning costs as much as running it, and whose plan hangs on those numbers: given
         * them as parameters, the server either plans it again at every execution or keeps a
         * generic plan that cannot narrow the years read.
         */
        ONCE_PER_VALUES
    }

    /** The texts with values written in, kept for at most this many sets of values. */
    private static final int MAX_INLINED_TEXTS = 1_000;

    private final String text;
    private final String jdbc;
    private final List<String> order;
    private final List<String> between;
    private final Set<String> names;
    private final Planning planning;
    private final Map<List<Object>, String> inlined = new ConcurrentHashMap<>();

    private NamedSql(String text, String jdbc, List<String> order, List<String> between, Planning planning) {
        this.text = text;
        this.jdbc = jdbc;
        this.order = order;
        this.between = between;
        this.names = Collections.unmodifiableSet(new TreeSet<>(order));
        this.planning = planning;
    }

    public static NamedSql of(String text) {
        return of(text, Planning.SERVER);
    }

    public static NamedSql of(String text, Planning planning) {
        StringBuilder jdbc = new StringBuilder(text.length());
        List<String> order = new ArrayList<>();
        List<String> between = new ArrayList<>();
        int segmentStart = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            boolean name = !quoted && c == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))
                    && (i == 0 || text.charAt(i - 1) != ':');
            if (!name) {
                jdbc.append(c);
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
            order.add(text.substring(i + 1, end));
            between.add(text.substring(segmentStart, i));
            segmentStart = end;
            jdbc.append('?');
            i = end - 1;
        }
        between.add(text.substring(segmentStart));
        return new NamedSql(text, jdbc.toString(), List.copyOf(order), List.copyOf(between), planning);
    }

    /** The statement as written, with its names: what a benchmark replays. */
    public String text() {
        return text;
    }

    /** The parameter names, each once, sorted. */
    public Set<String> names() {
        return names;
    }

    /** Values for the names of a statement: whole numbers, text, booleans, instants and lists of text (an array). */
    public static final class Binds {

        private final Map<String, Object> values = new HashMap<>();

        public Binds set(String name, Object value) {
            if (values.containsKey(name)) {
                throw new IllegalArgumentException(":" + name + " is bound twice");
            }
            values.put(name, value);
            return this;
        }
    }

    public static Binds binds() {
        return new Binds();
    }

    /** The statement prepared on {@code connection} with {@code binds} set, each name to every place it appears. */
    public PreparedStatement prepare(Connection connection, Binds binds) throws SQLException {
        if (!binds.values.keySet().equals(names)) {
            throw new IllegalArgumentException("The statement takes " + names() + ", bound were " + new TreeSet<>(binds.values.keySet()));
        }
        boolean inline = planning == Planning.ONCE_PER_VALUES;
        PreparedStatement statement = connection.prepareStatement(inline ? withNumbers(binds) : jdbc);
        try {
            if (planning == Planning.WITH_VALUES) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            int index = 1;
            for (String name : order) {
                Object value = binds.values.get(name);
                if (!(inline && writtenIn(value))) {
                    set(statement, index++, value);
                }
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private static boolean writtenIn(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Boolean;
    }

    /**
     * The text with each whole number and boolean written in as a literal and every other value
     * left a parameter ({@code ?}): a value a client chose as text never becomes SQL.
     */
    private String withNumbers(Binds binds) {
        List<Object> numbers = new ArrayList<>(order.size());
        for (String name : order) {
            Object value = binds.values.get(name);
            numbers.add(writtenIn(value) ? value : Parameter.INSTANCE);
        }
        String known = inlined.get(numbers);
        if (known != null) {
            return known;
        }
        StringBuilder sql = new StringBuilder(text.length() + 8 * numbers.size()).append(between.get(0));
        for (int i = 0; i < numbers.size(); i++) {
            sql.append(numbers.get(i) == Parameter.INSTANCE ? "?" : numbers.get(i)).append(between.get(i + 1));
        }
        String built = sql.toString();
        if (inlined.size() < MAX_INLINED_TEXTS) {
            inlined.put(List.copyOf(numbers), built);
        }
        return built;
    }

    /** Where a value stays a parameter, in the key of {@link #inlined}. */
    private enum Parameter {
        INSTANCE
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof String string) {
            statement.setString(index, string);
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof List<?> list) {
            statement.setArray(index, statement.getConnection().createArrayOf("text", list.toArray()));
        } else if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            throw new IllegalArgumentException("Cannot bind a " + value.getClass().getSimpleName());
        }
    }
}
