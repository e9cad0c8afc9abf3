package tabletop.shell.command;

import java.util.List;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import tabletop.engine.explain.RuleInfo;
import tabletop.shell.render.Display;
import tabletop.shell.render.Table;
import tabletop.shell.render.Views;
import tabletop.shell.support.BadInputException;
import tabletop.shell.workshop.EngineHolder;

/**
 * The rules of the knowledge base. An actor's rules are those whose name begins with the actor's
 * name ({@code "Japan - closer ties - …"}), compared without case or punctuation, so {@code
 * republic-of-korea} finds {@code "Republic of Korea - …"}. Generic rules ({@code "Any actor - …"})
 * belong to no actor.
 */
@Command
public class RuleCommands {
  private final EngineHolder engine;
  private final Display display;

  public RuleCommands(EngineHolder engine, Display display) {
    this.engine = engine;
    this.display = display;
  }

  @Command(
      command = "rules list",
      description =
          "List the rules with their one-line meaning, all or one actor's. Example: rules list china",
      group = "Explain")
  public String list(
      @Option(longNames = "actor", label = "ACTOR", description = "the actor (default: all)")
          @OptionValues(provider = "actorIds")
          String actor) {
    List<RuleInfo> rules = ofActor(engine.get().rules(), actor);
    if (rules.isEmpty()) {
      List<String> actors =
          engine.get().rules().stream()
              .map(
                  r ->
                      r.name().indexOf(" - ") > 0
                          ? r.name().substring(0, r.name().indexOf(" - "))
                          : "")
              .map(n -> normalise(n).replace(' ', '-'))
              .filter(n -> !n.isEmpty() && !n.startsWith("any-"))
              .distinct()
              .toList();
      throw new BadInputException(
          "no rules for actor '"
              + actor
              + "'"
              + tabletop.engine.scenario.Suggest.didYouMean(actor, actors)
              + "; 'rules list' shows every rule with its actor first");
    }
    Table t = new Table("rule", "meaning", "sources").shrink(2, 12).shrink(1, 30).shrink(0, 30);
    for (RuleInfo r : rules) {
      t.row(
          r.name(),
          r.meaning()
              + (r.isAssumption()
                  ? " (assumption, confidence " + Views.percent(r.confidence()) + ")"
                  : ""),
          Views.paragraphs(r.cites()));
    }
    return t.render(display);
  }

  static List<RuleInfo> ofActor(List<RuleInfo> rules, String actor) {
    if (actor == null) {
      return rules;
    }
    String key = normalise(actor);
    return rules.stream()
        .filter(
            r -> {
              int dash = r.name().indexOf(" - ");
              return dash > 0 && normalise(r.name().substring(0, dash)).equals(key);
            })
        .toList();
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
