package io.github.commissioningvfm.unitcosts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the keys nearest to a mistyped or missing key, for error messages.
 *
 * <p>Keys are split into words on {@code .} and {@code -}; the first word is the source prefix
 * (e.g. {@code ncc}). Score of a candidate: its edit distance (Levenshtein) to the key, less three
 * for every other word of the key longer than two letters that also occurs in the candidate, less
 * one if the prefix is the same. A candidate qualifies if it shares such a word, has the same
 * prefix, or lies within a third of the key's length in edits. The five lowest scores are
 * returned, ties in alphabetical order.
 */
public final class CloseMatches {

  private static final int LIMIT = 5;

  private CloseMatches() {
  }

  /**
   * The candidates closest to a key.
   *
   * @param key the key asked for
   * @param candidates the keys that exist
   * @return at most five candidates, best first
   */
  public static List<String> of(String key, Collection<String> candidates) {
    String wanted = key.toLowerCase(Locale.ROOT);
    List<String> words = words(wanted);
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      List<String> candidateWords = words(lower);
      int shared = 0;
      for (String w : words.subList(Math.min(1, words.size()), words.size())) {
        if (w.length() > 2 && candidateWords.contains(w)) {
          shared++;
        }
      }
      boolean samePrefix = !words.isEmpty() && !candidateWords.isEmpty() && words.get(0).equals(candidateWords.get(0));
      int distance = distance(wanted, lower);
      if (shared > 0 || samePrefix || distance <= Math.max(2, wanted.length() / 3)) {
        scored.add(new Scored(candidate, distance - 3 * shared - (samePrefix ? 1 : 0)));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::key));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(LIMIT, scored.size()); i++) {
      out.add(scored.get(i).key());
    }
    return List.copyOf(out);
  }

  private static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    for (String w : key.split("[.\\-_ ]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The Levenshtein distance: the fewest single-character insertions, deletions and substitutions
   * turning one string into the other.
   *
   * @param a the first string
   * @param b the second string
   * @return the distance
   */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String key, int score) {
  }
}
