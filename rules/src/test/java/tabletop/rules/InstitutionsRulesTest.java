package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static tabletop.rules.RuleHarness.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Decided;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Move;
import tabletop.engine.model.Outcome;
import tabletop.engine.model.Stand;
import tabletop.engine.model.Turn;

/** One test per rule of institutions.drl: NATO's and ASEAN's consensus and the host's consent. */
class InstitutionsRulesTest {
  static final String HOST = "southeast-asian-host";
  static final Move COE = move("coe", "nato", "centre-of-excellence");
  static final Object[] BASE = {
    new Turn(1), COE, feature("coe", "host", HOST), actor("france", "France", "nato"),
  };

  static Stand stand(String actor, Direction d) {
    return new Stand(actor, "coe", 1, d, false);
  }

  /** The engine's mark of a move decided in an earlier turn: off the table. */
  static final Decided DECIDED = new Decided("coe", Outcome.Status.GOES_AHEAD, 0);

  static Object[] with(Object[] base, Object... more) {
    List<Object> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray();
  }

  @Test
  @DisplayName("NATO - blocked by consensus - an ally opposes a NATO move")
  void blocked(TestInfo t) {
    fire(
            t.getDisplayName(),
            with(
                BASE,
                stand("france", Direction.OPPOSE),
                actor("china", "China", "indo-pacific"),
                stand("china", Direction.OPPOSE),
                // an ally opposing another actor's move blocks nothing
                move("aid", "china", "lethal-aid"),
                new Stand("france", "aid", 1, Direction.OPPOSE, false)))
        .expect(
            t.getDisplayName(),
            1,
            new Outcome(
                "coe",
                Outcome.Status.BLOCKED,
                "france",
                "NATO decides by consensus and france opposes"));
    // leaning against is not a veto
    fire(t.getDisplayName(), with(BASE, stand("france", Direction.LEAN_OPPOSE)))
        .expect(t.getDisplayName(), 0);
    // a move decided in an earlier turn is not judged again
    fire(t.getDisplayName(), with(BASE, stand("france", Direction.OPPOSE), DECIDED))
        .expect(t.getDisplayName(), 0);
  }

  /** A move that needs ASEAN's consensus, with two members and a state outside ASEAN. */
  static final Object[] ASEAN = {
    new Turn(1),
    move("forum", "indonesia", "forum"),
    feature("forum", "consensus", "asean"),
    feature("forum", "region", "southeast-asia"),
    actor("indonesia", "Indonesia", "asean"),
    actor("vietnam", "Vietnam", "asean"),
    actor("india", "India", "indo-pacific"),
  };

  static Stand on(String move, String actor, Direction d) {
    return new Stand(actor, move, 1, d, false);
  }

  @Test
  @DisplayName(
      "ASEAN - blocked by consensus - a member opposes a move that needs ASEAN's consensus")
  void aseanBlocks(TestInfo t) {
    String rule = t.getDisplayName();
    fire(
            rule,
            with(
                ASEAN,
                on("forum", "vietnam", Direction.OPPOSE),
                on("forum", "indonesia", Direction.LEAN_OPPOSE),
                // a state outside ASEAN has no say
                on("forum", "india", Direction.OPPOSE),
                // a member opposing a move that does not need ASEAN's consensus blocks nothing
                move("drill", "nato", "exercise"),
                feature("drill", "region", "southeast-asia"),
                on("drill", "vietnam", Direction.OPPOSE),
                // nor does an opposition of an earlier turn
                new Stand("indonesia", "forum", 0, Direction.OPPOSE, false)))
        .expect(
            rule,
            1,
            new Outcome(
                "forum",
                Outcome.Status.BLOCKED,
                "vietnam",
                "ASEAN decides by consensus and vietnam opposes"));
    // leaning against is not a veto
    fire(rule, with(ASEAN, on("forum", "vietnam", Direction.LEAN_OPPOSE))).expect(rule, 0);
    // a move decided in an earlier turn is not judged again
    fire(
            rule,
            with(
                ASEAN,
                on("forum", "vietnam", Direction.OPPOSE),
                new Decided("forum", Outcome.Status.GOES_AHEAD, 0)))
        .expect(rule, 0);
  }

  @Test
  @DisplayName("Host - declines - the host opposes a move on its territory")
  void declines(TestInfo t) {
    fire(
            t.getDisplayName(),
            with(
                BASE,
                stand(HOST, Direction.LEAN_OPPOSE),
                stand("france", Direction.OPPOSE),
                feature("coe", "joins", "france")))
        .expect(
            t.getDisplayName(),
            1,
            new Outcome(
                "coe", Outcome.Status.DECLINED, HOST, HOST + " does not consent to hosting it"));
    fire(t.getDisplayName(), with(BASE, stand(HOST, Direction.OPPOSE), DECIDED))
        .expect(t.getDisplayName(), 0);
  }

  @Test
  @DisplayName("Host - stalls - the host has not made up its mind")
  void stalls(TestInfo t) {
    fire(
            t.getDisplayName(),
            with(
                BASE,
                stand(HOST, Direction.NEUTRAL),
                stand("france", Direction.NEUTRAL),
                feature("coe", "joins", "france")))
        .expect(
            t.getDisplayName(),
            1,
            new Outcome(
                "coe", Outcome.Status.STALLED, HOST, HOST + " has not decided whether to host it"));
    fire(t.getDisplayName(), with(BASE, stand(HOST, Direction.NEUTRAL), DECIDED))
        .expect(t.getDisplayName(), 0);
  }

  @Test
  @DisplayName("Institutions - goes ahead - consensus and the host's consent")
  void goesAhead(TestInfo t) {
    String rule = t.getDisplayName();
    Outcome ahead =
        new Outcome(
            "coe",
            Outcome.Status.GOES_AHEAD,
            "",
            "no ally blocks it and the host, if any, supports it");
    // the host supports and no ally opposes
    fire(
            rule,
            with(
                BASE,
                stand(HOST, Direction.LEAN_SUPPORT),
                stand("france", Direction.LEAN_OPPOSE),
                actor("china", "China", "indo-pacific"),
                stand("china", Direction.OPPOSE),
                // a move no one has taken a stand on yet is not decided
                move("later", "nato", "statement"),
                // a NATO move an ally opposes does not go ahead
                move("vetoed", "nato", "statement"),
                new Stand("france", "vetoed", 1, Direction.OPPOSE, false),
                // a move whose host has not consented does not go ahead
                move("unhosted", "nato", "liaison-office"),
                feature("unhosted", "host", "japan"),
                new Stand("france", "unhosted", 1, Direction.SUPPORT, false)))
        .expect(rule, 1, ahead);
    // one ally opposing blocks it (first nested not)
    fire(rule, with(BASE, stand(HOST, Direction.SUPPORT), stand("france", Direction.OPPOSE)))
        .expect(rule, 0);
    // a host that does not support it keeps it back (second nested not)
    fire(rule, with(BASE, stand(HOST, Direction.NEUTRAL), stand("france", Direction.SUPPORT)))
        .expect(rule, 0);
    // a host that has no stand at all has not consented
    fire(rule, with(BASE, stand("france", Direction.SUPPORT))).expect(rule, 0);
    // no stands at all: nothing to decide yet
    fire(rule, BASE).expect(rule, 0);
    // consensus binds NATO moves only: an ally opposing China's move does not stop it
    Move aid = move("aid", "china", "lethal-aid");
    var r =
        fire(
            rule,
            new Turn(1),
            aid,
            actor("france", "France", "nato"),
            new Stand("france", "aid", 1, Direction.OPPOSE, false));
    assertThat(r.inserted(Outcome.class))
        .extracting(Outcome::move, Outcome::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("aid", Outcome.Status.GOES_AHEAD));
    // a move decided in an earlier turn is off the table
    fire(rule, with(BASE, stand(HOST, Direction.SUPPORT), DECIDED)).expect(rule, 0);
    // a stand of an earlier turn does not count
    fire(rule, new Turn(2), COE, feature("coe", "host", HOST), stand(HOST, Direction.SUPPORT))
        .expect(rule, 0);
    // a member of ASEAN opposing a move that needs ASEAN's consensus keeps it back (third not)
    fire(rule, with(ASEAN, on("forum", "vietnam", Direction.OPPOSE))).expect(rule, 0);
    // but a member leaning against it, or a state outside ASEAN opposing it, does not
    fire(
            rule,
            with(
                ASEAN,
                on("forum", "vietnam", Direction.LEAN_OPPOSE),
                on("forum", "india", Direction.OPPOSE)))
        .expect(
            rule,
            1,
            new Outcome(
                "forum",
                Outcome.Status.GOES_AHEAD,
                "",
                "no ally blocks it and the host, if any, supports it"));
    // and once more where it goes ahead, after the fixtures above told each condition apart
    fire(rule, with(BASE, stand(HOST, Direction.SUPPORT), stand("france", Direction.LEAN_OPPOSE)))
        .expect(rule, 1, ahead);
  }
}
