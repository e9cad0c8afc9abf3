package tabletop.engine.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A tabletop scenario as the engine runs it: the world at the start, the actors the scenario adds
 * or adjusts, the knobs a facilitator may turn, and the turns with their injects and moves; and,
 * for the room, the exercise it is run as (objectives, teams, date, place). Built by the scenario
 * loader from a YAML or JSON file; the engine never reads files itself.
 */
public record Scenario(
    String id,
    String title,
    String summary,
    String briefing,
    List<String> sources,
    List<String> world,
    List<ActorSpec> actors,
    List<Knob> knobs,
    List<TurnSpec> turns,
    List<Expectation> expectations,
    String caseDate,
    List<Recorded> record,
    Exercise exercise) {

  /** A scenario that declares nothing about its exercise. */
  public Scenario(
      String id,
      String title,
      String summary,
      String briefing,
      List<String> sources,
      List<String> world,
      List<ActorSpec> actors,
      List<Knob> knobs,
      List<TurnSpec> turns,
      List<Expectation> expectations,
      String caseDate,
      List<Recorded> record) {
    this(
        id,
        title,
        summary,
        briefing,
        sources,
        world,
        actors,
        knobs,
        turns,
        expectations,
        caseDate,
        record,
        Exercise.NONE);
  }

  /** A scenario that is not a historical case. */
  public Scenario(
      String id,
      String title,
      String summary,
      String briefing,
      List<String> sources,
      List<String> world,
      List<ActorSpec> actors,
      List<Knob> knobs,
      List<TurnSpec> turns,
      List<Expectation> expectations) {
    this(
        id,
        title,
        summary,
        briefing,
        sources,
        world,
        actors,
        knobs,
        turns,
        expectations,
        null,
        List.of());
  }

  /** Whether this scenario is a historical case with reactions on the record. */
  public boolean isCase() {
    return !record.isEmpty();
  }

  public Scenario {
    record = List.copyOf(record);
    exercise = exercise == null ? Exercise.NONE : exercise;
    sources = List.copyOf(sources);
    world = List.copyOf(world);
    actors = List.copyOf(actors);
    knobs = List.copyOf(knobs);
    turns = List.copyOf(turns);
    expectations = List.copyOf(expectations);
  }

  public Optional<Knob> knob(String name) {
    return knobs.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  public Optional<TurnSpec> turn(int number) {
    return turns.stream().filter(t -> t.number() == number).findFirst();
  }

  public int lastTurn() {
    return turns.stream().mapToInt(TurnSpec::number).max().orElse(0);
  }
}
