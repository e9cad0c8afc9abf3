package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tabletop.engine.report.ReactionView;
import tabletop.engine.report.TurnReport;

/**
 * The reports carry the probabilities from whole-run trials: each move's outcome per turn and each
 * reaction's five directions (a stacked bar per actor in HTML), and say where the run's direction
 * is not the most likely one.
 */
class LikelihoodInReportsTest {
  private static final long TRIALS = 2000;

  /** The fixture's exercise with the figures trials would give it. */
  static AfterAction withOdds() {
    AfterAction a = Fixture.afterAction();
    List<TurnReport> turns = new ArrayList<>();
    for (TurnReport t : a.turns()) {
      List<ReactionView> rs = new ArrayList<>();
      for (ReactionView r : t.reactions()) {
        rs.add(spread(r, distribution(r.actor())));
      }
      Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
      outcomes.put("coe", ordered("STALLED", 0.5, "DECLINED", 0.3, "GOES_AHEAD", 0.2));
      turns.add(t.withLikelihood(rs, outcomes, TRIALS));
    }
    return new AfterAction(
        a.scenarioId(),
        a.title(),
        a.briefing(),
        a.seed(),
        a.branch(),
        a.knobs(),
        turns,
        a.outcome(),
        a.timeline(),
        a.scores(),
        a.questions(),
        a.actorNames(),
        a.predictions(),
        a.branches());
  }

  private static Map<String, Double> distribution(String actor) {
    return switch (actor) {
      case "china" -> ordered("OPPOSE", 0.8, "LEAN_OPPOSE", 0.2);
      case "japan" -> ordered("SUPPORT", 0.6, "LEAN_SUPPORT", 0.3, "NEUTRAL", 0.1);
      // the host's run says lean support (turn 1); the trials say neutral more often
      default -> ordered("LEAN_SUPPORT", 0.35, "NEUTRAL", 0.45, "LEAN_OPPOSE", 0.2);
    };
  }

  private static Map<String, Double> ordered(Object... kv) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Double) kv[i + 1]);
    }
    return m;
  }

  private static ReactionView spread(ReactionView r, Map<String, Double> d) {
    String model = r.overridden() ? r.modelDirection() : r.direction();
    return new ReactionView(
        r.actor(),
        r.move(),
        r.direction(),
        r.intensity(),
        r.score(),
        r.eventType(),
        r.cameo(),
        r.goldstein(),
        r.rules(),
        r.sources(),
        r.assumptions(),
        r.summary(),
        r.because(),
        r.modelDirection(),
        r.overrideReason(),
        d.getOrDefault(model, 0.0),
        d,
        r.overridden() ? d.getOrDefault(r.direction(), 0.0) : null);
  }

  private final AfterAction a = withOdds();

  @Test
  void jsonCarriesEachTurnsOutcomeProbabilitiesAndEachReactionsDistribution() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new Exporters().render(a, "json"));
    JsonNode turn1 = root.get("turns").get(0);
    assertThat(turn1.get("trials").asLong()).isEqualTo(TRIALS);
    assertThat(turn1.at("/outcomeLikelihood/coe/STALLED").asDouble()).isEqualTo(0.5);
    assertThat(turn1.at("/outcomeLikelihood/coe/DECLINED").asDouble()).isEqualTo(0.3);
    JsonNode china = turn1.get("reactions").get(0);
    assertThat(china.get("actor").asText()).isEqualTo("china");
    assertThat(china.at("/distribution/OPPOSE").asDouble()).isEqualTo(0.8);
    assertThat(china.at("/distribution/LEAN_OPPOSE").asDouble()).isEqualTo(0.2);
  }

  @Test
  void markdownGivesTheOutcomeProbabilitiesAndEveryDirectionAndSaysWhereTheRunIsNotTheLikeliest() {
    String md = new Exporters().render(a, "md");
    assertThat(md)
        .contains("| On the table |  | Outcome | Over 2000 whole-run trials | Why |")
        .contains("| coe | new | stalled | stalled 50%, declined 30%, goes ahead 20% |")
        .contains("| All directions |")
        .contains("| Over 2000 trials: oppose 80%, lean oppose 20% |")
        .contains(
            "- southeast-asian-host on coe: The run gives lean support; the trials give neutral"
                + " more often (45%)")
        .contains(
            "_Seed 42: it changes the draws of the trials behind the probabilities, not the run's"
                + " directions._");
    // the team's decision in turn 2 is not called less likely: the card says a team decided
    assertThat(md.split("The run gives", -1)).hasSize(2);
  }

  @Test
  void htmlDrawsAStackedBarPerActorWhoseSharesAddUp() {
    Document doc = Jsoup.parse(new Exporters().render(a, "html"));
    Element turn1 = doc.getElementById("turn-1");
    assertThat(turn1).isNotNull();
    List<Element> cards = turn1.select("article.card");
    assertThat(cards).hasSize(3);
    for (Element card : cards) {
      Element svg = card.selectFirst("div.spread > svg[role=img]");
      assertThat(svg).as(card.text()).isNotNull();
      String label = svg.attr("aria-label");
      assertThat(label).startsWith("Over 2000 trials: ");
      assertThat(svg.selectFirst("title").text()).isEqualTo(label);
      assertThat(card.selectFirst("div.spread > p.odds").text()).isEqualTo(label);
      double x = 0;
      for (Element rect : svg.select("rect")) {
        // each part starts where the one before ended, in the order support to oppose
        assertThat(Double.parseDouble(rect.attr("x"))).isCloseTo(x, within(0.11));
        x += Double.parseDouble(rect.attr("width"));
        assertThat(rect.className()).matches("d-(support|lean-support|neutral|lean-oppose|oppose)");
        assertThat(rect.selectFirst("title").text()).matches("[a-z ]+ \\d+%");
      }
      assertThat(x).isCloseTo(100.0, within(0.2));
    }
    Element china = cards.get(0);
    assertThat(china.select("rect"))
        .extracting(Element::className)
        .containsExactly("d-lean-oppose", "d-oppose");
    // only the host's card in turn 1 says the run is not the likeliest
    assertThat(turn1.select("p.likelier")).hasSize(1);
    assertThat(turn1.selectFirst("p.likelier").text())
        .startsWith("The run gives lean support; the trials give neutral more often (45%)");
    assertThat(turn1.select("table th").eachText()).contains("Over 2000 whole-run trials");
    assertThat(doc.select(".spread").size()).isEqualTo(6);
  }

  @Test
  void withoutTrialsTheReportsStayAsTheyWere() {
    String md = new Exporters().render(Fixture.afterAction(), "md");
    String html = new Exporters().render(Fixture.afterAction(), "html");
    assertThat(md).doesNotContain("whole-run trials").doesNotContain("The run gives");
    assertThat(html).doesNotContain("class=\"spread\"");
  }

  @TempDir Path dir;

  @Test
  void theBarsRenderInHeadlessChromium() throws Exception {
    HtmlInChromiumTest.chromiumHereOrRequired();
    String chromium = HtmlInChromiumTest.chromiumOrFail(System.getenv("PATH"));
    Path page = dir.resolve("likelihood.html");
    Files.writeString(page, new Exporters().render(a, "html"), StandardCharsets.UTF_8);
    Path dom = dir.resolve("dom.html");
    chromium(chromium, List.of("--dump-dom", page.toUri().toString()), dom);
    // a picture to look at, beside the after-action report's
    Path shot = Path.of("target", "export", "likelihood.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    chromium(
        chromium,
        List.of(
            "--screenshot=" + shot,
            "--window-size=1280,1800",
            "--hide-scrollbars",
            page.toUri().toString()),
        dir.resolve("shot.log"));
    assertThat(shot).exists();
    Document rendered = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
    assertThat(rendered.select("div.spread svg rect")).hasSizeGreaterThanOrEqualTo(12);
    assertThat(rendered.select("p.likelier")).isNotEmpty();
  }

  private void chromium(String chromium, List<String> args, Path output) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium);
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + Files.createTempDirectory(dir, "profile").toAbsolutePath()));
    command.addAll(args);
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(dir.resolve("chromium.err").toFile())
            .start();
    try {
      assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }
}
