package tabletop.engine.report;

import java.util.List;
import java.util.Map;

/**
 * A counter-move the model proposes after a turn: {@code actor} answers {@code answers} with the
 * move {@code id} ({@code kind}, {@code title}, {@code features}), set off by {@code watch}'s stand
 * {@code watchDirection} on the answered move. It is tabled next turn unless the facilitator vetoes
 * it. {@code rules} and {@code sources} are the chain behind it, {@code assumptions} what it rests
 * on beyond the article; {@code status} is {@code proposed} or {@code vetoed}.
 */
public record AnswerView(
    String id,
    String actor,
    String answers,
    String kind,
    String title,
    Map<String, List<String>> features,
    String watch,
    String watchDirection,
    List<String> rules,
    List<String> sources,
    List<AssumptionView> assumptions,
    String status) {
  public static final String PROPOSED = "proposed";
  public static final String VETOED = "vetoed";

  public AnswerView {
    features = Map.copyOf(features);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
    assumptions = List.copyOf(assumptions);
  }

  public AnswerView vetoed() {
    return new AnswerView(
        id,
        actor,
        answers,
        kind,
        title,
        features,
        watch,
        watchDirection,
        rules,
        sources,
        assumptions,
        VETOED);
  }
}
