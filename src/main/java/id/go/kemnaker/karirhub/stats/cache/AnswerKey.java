package id.go.kemnaker.karirhub.stats.cache;

import id.go.kemnaker.karirhub.stats.formats.Representation;

/**
 * What a read asked for, independent of the data: the resource with its parsed and normalised
 * parameters (so {@code year=2021} and {@code year=02021} are one key), and the representation.
 * With the data version it names one cached answer and makes its ETag. An answer that shows live
 * figures names the years it reads ({@code liveFrom} to {@code liveTo}; 0 for none): it is also
 * cached under their {@link LiveVersions}.
 */
public record AnswerKey(String request, Representation representation, boolean excel, int liveFrom, int liveTo) {

    /** An answer of reported figures only. */
    public AnswerKey(String request, Representation representation, boolean excel) {
        this(request, representation, excel, 0, 0);
    }

    /** This key for an answer that shows the live figures of the years {@code from} to {@code to}. */
    public AnswerKey onLiveYears(int from, int to) {
        return new AnswerKey(request, representation, excel, from, to);
    }

    /** Whether the answer shows live figures. */
    public boolean live() {
        return liveFrom != 0;
    }

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * The resource the answer belongs to ({@code statistics/facilitated-workers}, {@code series},
     * {@code reports/performance}, ...): the request without its parameters, a small fixed set,
     * fit to tag metrics with.
     */
    public String kind() {
        int query = request.indexOf('?');
        return query < 0 ? request : request.substring(0, query);
    }

    /**
     * A stable 64-bit fingerprint of the key (FNV-1a over its characters): the same on every
     * instance and across restarts, cheap enough to compute for every conditional request.
     */
    String fingerprint() {
        long hash = FNV_OFFSET_BASIS;
        String text = request + '|' + representation + '|' + excel;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return Long.toHexString(hash);
    }
}
