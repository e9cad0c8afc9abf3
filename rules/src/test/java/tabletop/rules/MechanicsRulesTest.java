package tabletop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static tabletop.rules.RuleHarness.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tabletop.engine.model.Appraisal;
import tabletop.engine.model.Clout;
import tabletop.engine.model.Concern;
import tabletop.engine.model.Decided;
import tabletop.engine.model.Direction;
import tabletop.engine.model.Interest;
import tabletop.engine.model.Move;
import tabletop.engine.model.Outcome;
import tabletop.engine.model.Reaction;
import tabletop.engine.model.Signal;
import tabletop.engine.model.Stand;
import tabletop.engine.model.TeamDecision;
import tabletop.engine.model.Turn;
import tabletop.engine.model.WorldFact;

/** One test per rule of reaction.drl, interaction.drl and world.drl. */
class MechanicsRulesTest {
  static final Move COE = move("coe", "nato", "centre-of-excellence");

  @Nested
  class ReactionRulesTest {
    @Test
    @DisplayName("Any actor - reacts - weighs its appraisals of a tabled move")
    void reacts(TestInfo t) {
      fire(
              t.getDisplayName(),
              new Turn(1),
              COE,
              actor("japan", "Japan", "indo-pacific-partner"),
              new Appraisal("japan", "coe", "cyber", 0.3),
              new Appraisal("japan", "coe", "shared-values", 0.4),
              new Appraisal("japan", "other-move", "cyber", -0.9),
              new Turn(0))
          .expect(t.getDisplayName(), 1, Reaction.fromScore("japan", "coe", 1, 0.7));
      fire(t.getDisplayName(), new Turn(0), COE, actor("japan", "Japan"))
          .expect(t.getDisplayName(), 0);
      // a move decided in an earlier turn is off the table: nobody reacts to it
      fire(
              t.getDisplayName(),
              new Turn(2),
              COE,
              new Decided("coe", Outcome.Status.BLOCKED, 1),
              actor("japan", "Japan"),
              new Appraisal("japan", "coe", "cyber", 0.3))
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("Any actor - backs its own move - it tabled the move")
    void ownMove(TestInfo t) {
      fire(
              t.getDisplayName(),
              COE,
              actor("nato", "NATO", "nato"),
              move("aid", "china", "lethal-aid"),
              actor("japan", "Japan"))
          .expect(t.getDisplayName(), 1, new Appraisal("nato", "coe", "own-move", 0.4));
    }

    @Test
    @DisplayName("Any actor - backs a move it joins - it takes part")
    void takesPart(TestInfo t) {
      fire(
              t.getDisplayName(),
              COE,
              feature("coe", "joins", "japan"),
              feature("coe", "joins", "nato"),
              feature("coe", "joins", "nobody-known"),
              feature("other", "joins", "australia"),
              feature("coe", "host", "australia"),
              actor("nato", "NATO", "nato"),
              actor("japan", "Japan"),
              actor("australia", "Australia"))
          .expect(t.getDisplayName(), 1, new Appraisal("japan", "coe", "takes-part", 0.3));
    }

    @Test
    @DisplayName("Any actor - stands - the model's reaction when no team plays it")
    void modelStands(TestInfo t) {
      fire(
              t.getDisplayName(),
              Reaction.fromScore("japan", "coe", 1, 0.7),
              Reaction.fromScore("china", "coe", 1, -0.9),
              new TeamDecision("china", "coe", 1, Direction.NEUTRAL, "the team holds back"))
          .expect(t.getDisplayName(), 1, new Stand("japan", "coe", 1, Direction.SUPPORT, false));
    }

    @Test
    @DisplayName("Any actor - stands - the team's decision replaces the model's")
    void teamStands(TestInfo t) {
      fire(
              t.getDisplayName(),
              new Turn(1),
              new TeamDecision("china", "coe", 1, Direction.NEUTRAL, "the team holds back"),
              new TeamDecision("china", "coe", 2, Direction.OPPOSE, "a later turn"))
          .expect(t.getDisplayName(), 1, new Stand("china", "coe", 1, Direction.NEUTRAL, true));
      fire(
              t.getDisplayName(),
              new Turn(1),
              new TeamDecision("china", "coe", 1, Direction.NEUTRAL, "the team holds back"),
              new Decided("coe", Outcome.Status.GOES_AHEAD, 0))
          .expect(t.getDisplayName(), 0);
    }
  }

  @Nested
  class InteractionRulesTest {
    static Signal signal(String from, Direction d) {
      return signal(from, "coe", d);
    }

    static Signal signal(String from, String move, Direction d) {
      return new Signal(from, move, 1, d, d.name(), false);
    }

    /** A signal about a move no longer on the table: no rule may read it. */
    static final Signal OFF_THE_TABLE = signal("china", "gone", Direction.OPPOSE);

    static final Signal NATO_OFF_THE_TABLE = signal("nato", "gone", Direction.SUPPORT);

    @Test
    @DisplayName("Any wary actor - complication rises - China opposed the move last turn")
    void complicationRises(TestInfo t) {
      fire(
              t.getDisplayName(),
              COE,
              signal("china", Direction.OPPOSE),
              signal("nato", Direction.SUPPORT),
              OFF_THE_TABLE,
              new Concern("southeast-asian-host", "geostrategic-complication", 0.6),
              new Concern("china", "geostrategic-complication", 0.5),
              new Concern("japan", "military-expansion", 0.5),
              // a move NATO joins is NATO's too; one it has no part in says nothing of NATO
              move("drill", "japan", "exercise"),
              feature("drill", "joins", "nato"),
              signal("china", "drill", Direction.LEAN_OPPOSE),
              move("aukus", "united-states", "forum"),
              feature("aukus", "joins", "australia"),
              signal("china", "aukus", Direction.OPPOSE))
          .expect(
              t.getDisplayName(),
              2,
              new Appraisal("southeast-asian-host", "coe", "china-opposition", -0.4 * 0.6),
              new Appraisal("southeast-asian-host", "drill", "china-opposition", -0.4 * 0.6));
      fire(
              t.getDisplayName(),
              COE,
              signal("china", Direction.NEUTRAL),
              new Concern("southeast-asian-host", "geostrategic-complication", 0.6))
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("Russia - aligns with China - China opposed the move last turn")
    void russiaAligns(TestInfo t) {
      fire(
              t.getDisplayName(),
              COE,
              signal("china", Direction.LEAN_OPPOSE),
              signal("nato", Direction.OPPOSE),
              OFF_THE_TABLE,
              new Interest("russia", "china-russia-partnership", 0.5),
              new Interest("russia", "nato-legitimacy", 0.4))
          .expect(
              t.getDisplayName(),
              1,
              new Appraisal("russia", "coe", "china-russia-partnership", -0.4 * 0.5));
    }

    /** Capability 0.8 and salience 0.5 on Southeast Asia: a weight of 0.4 on the issue. */
    static final Clout BIG =
        new Clout("big", 0.8, java.util.Map.of("southeast-asia", 0.5), 0.5, "fixture", 0.5, false);

    /** Capability 0.8 but salience 0.3 on Southeast Asia: 0.24, under the 0.3 a host feels. */
    static final Clout DISTANT =
        new Clout(
            "distant", 0.8, java.util.Map.of("southeast-asia", 0.3), 0.5, "fixture", 0.5, false);

    static double pressure(Direction d, double weight) {
      double lean = (d == Direction.LEAN_SUPPORT || d == Direction.LEAN_OPPOSE) ? 0.5 : 1.0;
      return (d.isSupportive() ? 1 : -1) * lean * 0.25 * weight;
    }

    @Test
    @DisplayName("Any host - pressed - a capable actor signalled its stand last turn")
    void pressed(TestInfo t) {
      String rule = t.getDisplayName();
      String host = "southeast-asian-host";
      Object[] move = {
        COE, feature("coe", "host", host), feature("coe", "region", "southeast-asia"),
      };
      // a capable actor that cares supports: the host leans its way, by 0.25 x 0.4
      fire(
              rule,
              with(
                  move,
                  BIG,
                  DISTANT,
                  signal("big", Direction.SUPPORT),
                  // too little weight on the issue to press
                  signal("distant", Direction.OPPOSE),
                  // the host's own stand presses nobody, a neutral stand presses no one either
                  new Clout(host, 1.0, java.util.Map.of(), 1.0, "fixture", 0.5, false),
                  signal(host, Direction.OPPOSE),
                  // a move without a host: no one to press
                  new Move("talks", 1, "nato", "consultation", "talks"),
                  feature("talks", "region", "southeast-asia"),
                  signal("big", "talks", Direction.SUPPORT)))
          .expect(
              rule,
              1,
              new Appraisal(host, "coe", "pressure-from-big", pressure(Direction.SUPPORT, 0.4)));
      // a leaning stand presses half as hard, against as well as for
      fire(rule, with(move, BIG, signal("big", Direction.LEAN_OPPOSE)))
          .expect(
              rule,
              1,
              new Appraisal(
                  host, "coe", "pressure-from-big", pressure(Direction.LEAN_OPPOSE, 0.4)));
      // a neutral stand presses no one
      fire(rule, with(move, BIG, signal("big", Direction.NEUTRAL))).expect(rule, 0);
      // capability is what carries the pressure: the same stand from the same actor with a
      // capability of 0.5 instead of 0.8 falls under what a host feels
      fire(
              rule,
              with(
                  move,
                  new Clout(
                      "big", 0.5, java.util.Map.of("southeast-asia", 0.5), 0.5, "f", 0.5, false),
                  signal("big", Direction.SUPPORT)))
          .expect(rule, 0);
      // and a move with no region names no issue to care about
      fire(rule, COE, feature("coe", "host", host), BIG, signal("big", Direction.SUPPORT))
          .expect(rule, 0);
    }

    static Object[] with(Object[] base, Object... more) {
      java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of(base));
      all.addAll(java.util.List.of(more));
      return all.toArray();
    }

    @Test
    @DisplayName("Any Indo-Pacific partner - reassured - NATO supported the move last turn")
    void reassured(TestInfo t) {
      fire(
              t.getDisplayName(),
              COE,
              signal("nato", Direction.SUPPORT),
              signal("china", Direction.SUPPORT),
              NATO_OFF_THE_TABLE,
              actor("japan", "Japan", "indo-pacific-partner"),
              new Interest("japan", "nato-partnership", 0.3),
              actor("china", "China", "indo-pacific"),
              new Interest("china", "nato-partnership", 0.3))
          .expect(
              t.getDisplayName(), 1, new Appraisal("japan", "coe", "nato-commitment", 0.2 * 0.3));
    }
  }

  @Nested
  class WorldRulesTest {
    @Test
    @DisplayName("World - escalation risk - external lethal aid to Russia")
    void escalation(TestInfo t) {
      fire(t.getDisplayName(), world("china-lethal-aid-to-russia"), world("russia-war-on-ukraine"))
          .expect(t.getDisplayName(), 1, WorldFact.of("war-escalation-risk"));
      fire(t.getDisplayName(), world("china-lethal-aid-to-russia"), UNRELATED)
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("World - China defies the communiqué - lethal aid against NATO's ask")
    void defies(TestInfo t) {
      fire(
              t.getDisplayName(),
              world("china-lethal-aid-to-russia"),
              world("vilnius-communique-asks-of-china"))
          .expect(t.getDisplayName(), 1, WorldFact.of("china-defies-vilnius-asks"));
      fire(t.getDisplayName(), world("vilnius-communique-asks-of-china"), UNRELATED)
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName(
        "Any Indo-Pacific partner - draws closer to NATO - escalation risk from lethal aid to Russia")
    void drawsCloser(TestInfo t) {
      fire(
              t.getDisplayName(),
              world("war-escalation-risk"),
              UNRELATED,
              actor("japan", "Japan", "indo-pacific-partner"),
              actor("china", "China", "indo-pacific"))
          .expect(t.getDisplayName(), 1, new Interest("japan", "nato-partnership", 0.2));
    }

    @Test
    @DisplayName("Any Indo-Pacific partner - values NATO's commitment - a partner of NATO")
    void commitment(TestInfo t) {
      fire(
              t.getDisplayName(),
              world("partners-at-nato-summits"),
              UNRELATED,
              actor("australia", "Australia", "indo-pacific-partner"),
              actor("china", "China", "indo-pacific"))
          .expect(t.getDisplayName(), 1, new Interest("australia", "nato-commitment", 0.3));
    }

    @Test
    @DisplayName("Any Indo-Pacific partner - consults NATO - a crisis on the Korean Peninsula")
    void consults(TestInfo t) {
      fire(
              t.getDisplayName(),
              world("korean-peninsula-crisis"),
              UNRELATED,
              actor("republic-of-korea", "Republic of Korea", "indo-pacific-partner"),
              actor("china", "China", "indo-pacific"))
          .expect(
              t.getDisplayName(), 1, new Interest("republic-of-korea", "crisis-awareness", 0.2));
    }

    /** The war, and who is an ally: the United States is a member, Japan is not, NATO itself. */
    static final Object[] WAR_AND_MEMBERS = {
      world("russia-war-on-ukraine"),
      UNRELATED,
      actor("nato", "NATO", "nato"),
      actor("united-states", "United States", "nato"),
      actor("japan", "Japan", "indo-pacific-partner")
    };

    @Test
    @DisplayName("Any NATO ally - condemns the war - the leaders' communiqué")
    void membersCondemnTheWar(TestInfo t) {
      fire(t.getDisplayName(), WAR_AND_MEMBERS)
          .expect(t.getDisplayName(), 1, new Concern("united-states", "russia-war", 0.5));
      fire(t.getDisplayName(), UNRELATED, actor("united-states", "United States", "nato"))
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("Any NATO ally - wary of support for the war - before the Vilnius communiqué")
    void alliesWaryOfSupportBeforeVilnius(TestInfo t) {
      fire(t.getDisplayName(), WAR_AND_MEMBERS)
          .expect(
              t.getDisplayName(), 1, new Concern("united-states", "support-for-russia-war", 0.4));
      // no war, nothing to support; once the communiqué asks it by name, that rule's weight holds
      fire(t.getDisplayName(), UNRELATED, actor("united-states", "United States", "nato"))
          .expect(t.getDisplayName(), 0);
      fire(
              t.getDisplayName(),
              world("russia-war-on-ukraine"),
              world("vilnius-communique-asks-of-china"),
              actor("united-states", "United States", "nato"))
          .expect(t.getDisplayName(), 0);
    }

    @Test
    @DisplayName("Any NATO ally - shares the communiqué's asks - Vilnius summit")
    void allyShares(TestInfo t) {
      var r =
          fire(
              t.getDisplayName(),
              world("vilnius-communique-asks-of-china"),
              UNRELATED,
              actor("united-states", "United States", "nato"),
              actor("nato", "NATO", "nato"),
              actor("japan", "Japan", "indo-pacific-partner"));
      r.expect(t.getDisplayName(), 1, new Concern("united-states", "support-for-russia-war", 0.6));
      assertThat(r.inserted(Concern.class))
          .extracting(Concern::actor)
          .isEqualTo(List.of("united-states"));
    }

    static final Object[] PARTNER_AND_OTHER = {
      actor("japan", "Japan", "indo-pacific-partner"), actor("china", "China", "indo-pacific")
    };

    @Test
    @DisplayName(
        "Any Indo-Pacific partner - watches China's rise - a focus of the partner dialogue")
    void watchesChina(TestInfo t) {
      fire(t.getDisplayName(), PARTNER_AND_OTHER)
          .expect(t.getDisplayName(), 1, new Concern("japan", "china-rise", 0.2));
    }

    @Test
    @DisplayName(
        "Any Indo-Pacific partner - trust in collective security - China's attack aims at it")
    void trust(TestInfo t) {
      fire(t.getDisplayName(), PARTNER_AND_OTHER)
          .expect(
              t.getDisplayName(), 1, new Interest("japan", "collective-security-confidence", 0.3));
    }

    @Test
    @DisplayName("Any Indo-Pacific partner - welcomes China meeting an ask - partner at Vilnius")
    void asksMet(TestInfo t) {
      fire(
              t.getDisplayName(),
              world("vilnius-communique-asks-of-china"),
              world("partners-at-nato-summits"),
              UNRELATED,
              actor("japan", "Japan", "indo-pacific-partner"),
              actor("china", "China", "indo-pacific"))
          .expect(t.getDisplayName(), 1, new Interest("japan", "vilnius-asks-met", 0.3));
    }

    @Test
    @DisplayName(
        "Any Indo-Pacific partner - global security - disputes and proliferation in its region")
    void partnerGlobalSecurity(TestInfo t) {
      fire(t.getDisplayName(), PARTNER_AND_OTHER)
          .expect(
              t.getDisplayName(),
              1,
              new Interest("japan", "territorial-disputes", 0.15),
              new Interest("japan", "nuclear-proliferation", 0.15),
              new Interest("japan", "regional-conflict", 0.15));
    }
  }
}
