package tabletop.engine.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean …?" suggestions by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** The closest candidate within a few edits, or null. */
  public static String closest(String word, Collection<String> candidates) {
    if (word == null || candidates.isEmpty()) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    // a word that starts a candidate ("standing" for "standing-presence") is the likeliest intent
    if (w.length() >= 3) {
      String prefixed =
          candidates.stream()
              .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w))
              .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
              .orElse(null);
      if (prefixed != null) {
        return prefixed;
      }
    }
    return candidates.stream()
        .min(
            Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()))
        .filter(
            c ->
                distance(w, c.toLowerCase(Locale.ROOT)) <= Math.max(2, w.length() / 3)
                    || c.toLowerCase(Locale.ROOT).startsWith(w) && !w.isEmpty())
        .orElse(null);
  }

  /** " (did you mean 'x'?)" or the empty string. */
  public static String didYouMean(String word, Collection<String> candidates) {
    String c = closest(word, candidates);
    return c == null || c.equals(word) ? "" : " (did you mean '" + c + "'?)";
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
