package tabletop.engine.report;

/** Knowledge a reaction rests on that the article does not state, with the rule that holds it. */
public record AssumptionView(String rule, String text, double confidence) {}
