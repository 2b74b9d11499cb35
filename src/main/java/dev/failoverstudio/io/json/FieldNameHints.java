package dev.failoverstudio.io.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known field name a misspelt one was probably meant to be. */
final class FieldNameHints {

    private FieldNameHints() {
    }

    /** The known name equal ignoring case, else the nearest within a small edit distance, if any. */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String candidateLower = candidate.toLowerCase(Locale.ROOT);
            if (candidateLower.equals(lower)) {
                return Optional.of(candidate);
            }
            int distance = editDistance(lower, candidateLower);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = unknown.length() <= 4 ? 1 : unknown.length() <= 8 ? 2 : 3;
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit each
     * (optimal string alignment), so {@code titel} is one edit from {@code title}.
     */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
