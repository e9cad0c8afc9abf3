package tabletop.scenarios.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as written: the YAML/JSON shape, mapped to engine facts by the loader. Plain
 * records with no polymorphic typing, so a file can only ever produce these shapes. {@code schema}
 * is the optional {@code $schema} key a JSON file may carry for editors.
 */
public record ScenarioFile(
    @JsonProperty("$schema") String schema,
    String id,
    String title,
    String summary,
    String briefing,
    List<String> sources,
    List<String> world,
    List<String> rosters,
    List<ActorDto> actors,
    List<KnobDto> knobs,
    List<TurnDto> turns,
    List<ExpectationDto> expectations,
    @JsonProperty("case") CaseDto caseInfo,
    List<RecordedDto> record,
    ExerciseDto exercise) {

  /** How the scenario is run as an exercise: objectives, teams, date and place. */
  public record ExerciseDto(
      List<String> objectives, List<TeamDto> teams, String date, String location) {}

  /** A player team and the actors it plays. */
  public record TeamDto(String id, String name, List<String> plays, String objective) {}

  /** When a historical case happened, and what happened. */
  public record CaseDto(String date, @JsonProperty("what-happened") String whatHappened) {}

  /** A reaction on the public record, with its source. */
  public record RecordedDto(
      String actor, String move, Integer turn, String direction, String source, String evidence) {}

  /** A relation from an actor to another. */
  public record RelationDto(
      String with, String kind, Double strength, Boolean mutual, Double confidence) {}

  public record ActorDto(
      String id,
      String name,
      List<String> memberships,
      Map<String, Double> concerns,
      Map<String, Double> interests,
      Map<String, Double> positions,
      List<RelationDto> relations,
      Double capability,
      Map<String, Double> salience,
      List<String> sources,
      Double confidence,
      List<String> redLines) {}

  /** A roster file: actors scenarios use by id (see {@code rosters:}). */
  public record RosterFile(
      @JsonProperty("$schema") String schema,
      String id,
      String title,
      String summary,
      List<String> sources,
      List<ActorDto> actors) {}

  public record KnobDto(
      String name,
      String type,
      @JsonProperty("default") Object defaultValue,
      List<String> values,
      Double min,
      Double max,
      String description,
      List<EffectDto> sets,
      Boolean negotiable) {}

  public record EffectDto(String world, String move, String feature) {}

  public record TurnDto(
      Integer turn,
      String title,
      List<InjectDto> injects,
      List<MoveDto> moves,
      List<String> questions) {}

  public record InjectDto(
      String title,
      String description,
      @JsonProperty("assert") List<String> asserts,
      @JsonProperty("retract") List<String> retracts) {}

  public record MoveDto(
      String id,
      String actor,
      String kind,
      String title,
      String description,
      Map<String, Object> features,
      String expectedOutcome) {}

  public record ExpectationDto(
      String actor,
      String move,
      Integer turn,
      Map<String, Object> knobs,
      List<String> direction,
      List<String> outcome,
      String because) {}
}
