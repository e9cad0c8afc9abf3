package tabletop.engine.scenario;

import java.util.List;
import java.util.Optional;

/**
 * What a scenario says about the exercise it is run as, in the words of HSEEP exercise documents:
 * the objectives, the player teams (which actors each plays, and the team's own objective), and
 * when and where it is held. The engine does not read it; the shell prints handouts and the MSEL
 * from it. Every part is optional.
 */
public record Exercise(List<String> objectives, List<Team> teams, String date, String location) {

  /** No exercise declared. */
  public static final Exercise NONE = new Exercise(List.of(), List.of(), null, null);

  public Exercise {
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
    teams = teams == null ? List.of() : List.copyOf(teams);
  }

  /** A player team: its id, its name, the actors whose reactions it decides, its objective. */
  public record Team(String id, String name, List<String> plays, String objective) {
    public Team {
      plays = plays == null ? List.of() : List.copyOf(plays);
    }
  }

  /** Whether the scenario declares nothing about its exercise. */
  public boolean isEmpty() {
    return objectives.isEmpty() && teams.isEmpty() && date == null && location == null;
  }

  public Optional<Team> team(String id) {
    return teams.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The team that plays an actor, if any. */
  public Optional<Team> playing(String actor) {
    return teams.stream().filter(t -> t.plays().contains(actor)).findFirst();
  }
}
