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

/**
 * A statement whose parameters have names ({@code :first}, written as pgbench writes its
 * variables, so a benchmark can replay the same text), parsed once into the positional
 * {@code ?} of JDBC. A name may appear several times; a cast ({@code ::integer}) and text in
 * quotes are left alone. Binding checks that every name is given and nothing else is, so a
 * statement and its caller cannot drift apart by position.
 */
public final class NamedSql {

    private final String text;
    private final String jdbc;
    private final List<String> order;
    private final Set<String> names;

    private NamedSql(String text, String jdbc, List<String> order) {
        this.text = text;
        this.jdbc = jdbc;
        this.order = order;
        this.names = Collections.unmodifiableSet(new TreeSet<>(order));
    }

    public static NamedSql of(String text) {
        StringBuilder jdbc = new StringBuilder(text.length());
        List<String> order = new ArrayList<>();
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
            jdbc.append('?');
            i = end - 1;
        }
        return new NamedSql(text, jdbc.toString(), List.copyOf(order));
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
        PreparedStatement statement = connection.prepareStatement(jdbc);
        try {
            for (int i = 0; i < order.size(); i++) {
                set(statement, i + 1, binds.values.get(order.get(i)));
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
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
