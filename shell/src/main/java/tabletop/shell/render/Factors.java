package tabletop.shell.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tabletop.engine.explain.Step;
import tabletop.engine.report.AssumptionView;
import tabletop.engine.report.ReactionView;

/**
 * The factors a reaction weighs, read from its chain: each appraisal directly under the reaction
 * ("china reads lethal-aid on own-move as +0.40") is a factor with its signed weight, the aspect it
 * weighs, the reason of the first actor-specific rule beneath it (generic "Any …" rules explain the
 * mechanics, not the actor) and every paragraph cited beneath it.
 */
public final class Factors {
  private Factors() {}

  /** One weighed aspect of a move. */
  public record Factor(
      String aspect,
      double weight,
      String reason,
      List<String> sources,
      boolean assumption,
      Set<String> rules) {}

  private static final Pattern WEIGHT =
      Pattern.compile("\\bas\\s+([+\\-\u2212]?\\d+(?:\\.\\d+)?)\\s*$");
  private static final Pattern ASPECT =
      Pattern.compile("\\bon\\s+(\\S+)\\s+as\\s+[+\\-\u2212]?\\d");
  private static final Pattern NET =
      Pattern.compile("\\(net\\s+([+\\-\u2212]?\\d+(?:\\.\\d+)?)\\)");

  /** The factors of a reaction, weightiest first. */
  public static List<Factor> of(ReactionView r) {
    List<Step> steps = r.because();
    List<Factor> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.depth() != 1 || s.rule() == null) {
        continue;
      }
      Matcher w = WEIGHT.matcher(s.fact());
      if (!w.find()) {
        continue;
      }
      double weight = Double.parseDouble(w.group(1).replace('\u2212', '-'));
      Matcher a = ASPECT.matcher(s.fact());
      String aspect = a.find() ? a.group(1) : s.fact();
      List<Step> below = new ArrayList<>();
      below.add(s);
      for (int j = i + 1; j < steps.size() && steps.get(j).depth() > 1; j++) {
        below.add(steps.get(j));
      }
      // the reason is the first rule below that is about an actor (the generic mechanics, "Any …",
      // read the same for everyone), and the paragraphs shown are the ones that rule cites: a rule
      // that cites none is knowledge from outside the article, marked as an assumption, and gets
      // no paragraph of someone else's; with no such rule, the mechanics' paragraphs are shown
      Step because = s;
      for (Step b : below) {
        if (b.rule() != null && !b.rule().startsWith("Any ")) {
          because = b;
          break;
        }
      }
      String reason = because.meaning();
      Set<String> rules = new LinkedHashSet<>();
      boolean assumption = false;
      for (Step b : below) {
        if (b.rule() != null) {
          rules.add(b.rule());
        }
        assumption |= b.assumption() != null;
      }
      Set<String> sources = new LinkedHashSet<>(because.sources());
      if (because == s) {
        // no actor's own rule below: the mechanics' paragraphs (what the move touches and why)
        below.forEach(b -> sources.addAll(b.sources()));
      }
      List<String> sorted =
          sources.stream().sorted(Comparator.comparingInt(Factors::paragraphNumber)).toList();
      out.add(new Factor(aspect, weight, reason, sorted, assumption, rules));
    }
    out.sort(Comparator.comparingDouble((Factor f) -> -Math.abs(f.weight())));
    return out;
  }

  /** The net weight the chain states at its top ("net +1.10"), if it states one. */
  public static Double net(ReactionView r) {
    for (Step s : r.because()) {
      if (s.depth() == 0) {
        Matcher m = NET.matcher(s.fact());
        if (m.find()) {
          return Double.parseDouble(m.group(1).replace('\u2212', '-'));
        }
      }
    }
    return null;
  }

  /**
   * The assumptions weightiest first: by how much of the reaction's weight rests on each (all of it
   * for an assumption of the reaction's own rule, a factor's weight for one beneath that factor),
   * then the least sure first.
   */
  public static List<AssumptionView> weightiest(ReactionView r) {
    List<Factor> factors = of(r);
    double all = factors.stream().mapToDouble(f -> Math.abs(f.weight())).sum();
    Set<String> top = new LinkedHashSet<>();
    for (Step s : r.because()) {
      if (s.depth() == 0 && s.rule() != null) {
        top.add(s.rule());
      }
    }
    List<AssumptionView> out = new ArrayList<>(r.assumptions());
    out.sort(
        Comparator.comparingDouble((AssumptionView a) -> -resting(a, factors, top, all))
            .thenComparingDouble(AssumptionView::confidence)
            .thenComparing(a -> a.rule() == null ? "" : a.rule()));
    return out;
  }

  private static double resting(
      AssumptionView a, List<Factor> factors, Set<String> top, double all) {
    if (top.contains(a.rule())) {
      return all + 1; // everything rests on the reaction's own rule
    }
    return factors.stream()
        .filter(f -> f.rules().contains(a.rule()))
        .mapToDouble(f -> Math.abs(f.weight()))
        .sum();
  }

  /** "+0.40", "−0.25": a weight with its sign. */
  /** A number from 0 to 1 as the screens show weights: two decimals. */
  public static String plain(double w) {
    return String.format(java.util.Locale.ROOT, "%.2f", w);
  }

  public static String signed(double w) {
    return String.format(Locale.ROOT, "%+.2f", w);
  }

  private static int paragraphNumber(String source) {
    String digits = source.replaceAll("^.*?(\\d+)\\D*$", "$1");
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
