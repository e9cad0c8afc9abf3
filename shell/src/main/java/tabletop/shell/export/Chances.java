package tabletop.shell.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tabletop.engine.model.Direction;

/**
 * Probabilities from trials in words, the same on the terminal and in every report: "declined 52%,
 * goes ahead 25%, stalled 23%", most likely first, ties in a fixed order (the directions from
 * support to oppose, the statuses as the engine lists them), so the same figures give the same
 * text.
 */
public final class Chances {
  private Chances() {}

  /** One outcome or direction with its probability, in words. */
  public record Share(String key, String words, double p) {
    /** "52%"; "<1%" for a share too small to round to 1%. */
    public String percent() {
      return Chances.percent(p);
    }
  }

  /** The shares above zero, most likely first. */
  public static List<Share> ranked(Map<String, Double> probabilities) {
    List<Share> out = new ArrayList<>();
    if (probabilities == null) {
      return out;
    }
    probabilities.forEach(
        (k, v) -> {
          if (v != null && v > 0) {
            out.add(new Share(k, words(k), v));
          }
        });
    out.sort(Comparator.comparingDouble((Share s) -> -s.p()).thenComparingInt(s -> order(s.key())));
    return out;
  }

  /** The five directions in their own order, support first, zeros kept: a stacked bar's parts. */
  public static List<Share> directions(Map<String, Double> distribution) {
    List<Share> out = new ArrayList<>();
    for (Direction d : Direction.values()) {
      double p = 0;
      if (distribution != null) {
        for (Map.Entry<String, Double> e : distribution.entrySet()) {
          if (Direction.parse(e.getKey()).filter(d::equals).isPresent() && e.getValue() != null) {
            p += e.getValue();
          }
        }
      }
      out.add(new Share(d.name(), d.label(), p));
    }
    return out;
  }

  /**
   * "declined 52%, goes ahead 25%, stalled 23%": whole percents that add up to 100 where the shares
   * do (the largest remainders round up), a share under half a percent as "<1%".
   */
  public static String text(Map<String, Double> probabilities) {
    List<Share> r = ranked(probabilities);
    int[] whole = wholePercents(r);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      parts.add(r.get(i).words() + " " + (whole[i] == 0 ? "<1%" : whole[i] + "%"));
    }
    return String.join(", ", parts);
  }

  /** Whole percents for shares, summing to the rounded total (largest remainder first). */
  static int[] wholePercents(List<Share> shares) {
    int n = shares.size();
    int[] out = new int[n];
    double total = shares.stream().mapToDouble(Share::p).sum();
    int target = (int) Math.round(total * 100);
    int sum = 0;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) Math.floor(shares.get(i).p() * 100 + 1e-9);
      sum += out[i];
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> -(shares.get(i).p() * 100 - out[i]))
            .thenComparingInt(i -> i));
    for (int k = 0; sum < target && k < n; k++) {
      out[order[k]]++;
      sum++;
    }
    return out;
  }

  /**
   * "blocked 23% (France 15%, Hungary 8%), goes ahead 77%": the outcomes with, beside a status that
   * names actors, who blocks, declines or stalls it and how often (a trial with two blockers counts
   * for both); {@code by} is status to actor id to probability, {@code name} an actor's name.
   */
  public static String text(
      Map<String, Double> probabilities,
      Map<String, Map<String, Double>> by,
      java.util.function.Function<String, String> name) {
    if (by == null || by.isEmpty()) {
      return text(probabilities);
    }
    List<String> parts = new ArrayList<>();
    List<Share> ranked = ranked(probabilities);
    int[] whole = wholePercents(ranked);
    for (int i = 0; i < ranked.size(); i++) {
      Share s = ranked.get(i);
      int idx = i;
      String part = s.words() + " " + (whole[i] == 0 ? "<1%" : whole[i] + "%");
      Map<String, Double> who = by.get(s.key());
      if (who != null && !who.isEmpty() && !s.key().equals("GOES_AHEAD")) {
        List<String> named = new ArrayList<>();
        who.entrySet().stream()
            .filter(e -> e.getValue() != null && e.getValue() > 0)
            .sorted(
                Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .forEach(
                e -> {
                  // never more than the status it is part of, as rounded
                  long pc = Math.min(whole[idx], Math.round(e.getValue() * 100));
                  named.add(
                      name.apply(e.getKey())
                          + " "
                          + (e.getValue() < 0.005 || pc == 0 ? "<1%" : pc + "%"));
                });
        if (!named.isEmpty()) {
          part += " (" + String.join(", ", named) + ")";
        }
      }
      parts.add(part);
    }
    return String.join(", ", parts);
  }

  /** The most likely key, if any share is above zero. */
  public static Optional<Share> mostLikely(Map<String, Double> probabilities) {
    List<Share> r = ranked(probabilities);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /** The probability of a key, its spelling aside ("lean-oppose" is LEAN_OPPOSE); 0 if absent. */
  public static double of(Map<String, Double> probabilities, String key) {
    if (probabilities == null || key == null) {
      return 0;
    }
    String want = normal(key);
    double p = 0;
    for (Map.Entry<String, Double> e : probabilities.entrySet()) {
      if (normal(e.getKey()).equals(want) && e.getValue() != null) {
        p += e.getValue();
      }
    }
    return p;
  }

  /**
   * Whether {@code key} (the run's direction or outcome) is less likely than the most likely one:
   * the run and the trials disagree.
   */
  public static boolean differs(Map<String, Double> probabilities, String key) {
    return mostLikely(probabilities)
        .filter(m -> !normal(m.key()).equals(normal(key)) && m.p() > of(probabilities, key))
        .isPresent();
  }

  /** A direction or a status in words: "lean oppose", "goes ahead", "not tabled". */
  public static String words(String key) {
    Optional<Direction> d = Direction.parse(key);
    if (d.isPresent()) {
      return d.get().label();
    }
    return key == null ? "" : key.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  public static String percent(double p) {
    if (p > 0 && p < 0.005) {
      return "<1%";
    }
    if (p < 1 && p > 0.995) {
      return ">99%";
    }
    return String.format(Locale.ROOT, "%.0f%%", p * 100);
  }

  private static String normal(String key) {
    return Direction.parse(key)
        .map(Direction::name)
        .orElse(key == null ? "" : key.toUpperCase(Locale.ROOT).replace(' ', '_'));
  }

  private static final List<String> STATUSES =
      List.of("GOES_AHEAD", "STALLED", "DECLINED", "BLOCKED", "WITHDRAWN", "NOT_TABLED");

  private static int order(String key) {
    Optional<Direction> d = Direction.parse(key);
    if (d.isPresent()) {
      return d.get().ordinal();
    }
    int i = STATUSES.indexOf(normal(key));
    return i < 0 ? 100 : 10 + i;
  }
}
