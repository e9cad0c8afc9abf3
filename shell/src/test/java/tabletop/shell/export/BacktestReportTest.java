package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The backtest's files: JSON holds everything and is deterministic; HTML and Markdown agree. */
class BacktestReportTest {
  private final BacktestData data = BacktestFixture.data();

  @Test
  void figuresAreTheModelsOverTheScoredReactions() {
    // given four reactions: three on the model's most likely bucket, Brier 0.07, 0.07, 0.43, 0.09
    BacktestData.Figures m = data.model().figures();
    assertThat(m.n()).isEqualTo(4);
    assertThat(m.accuracy3()).isCloseTo(0.75, within(1e-9));
    assertThat(m.brier3()).isCloseTo(0.165, within(1e-9));
    // the own run has no five-direction forecast: null, never NaN
    assertThat(data.overall().get(2).figures().accuracy5()).isNull();
  }

  @Test
  void jsonHoldsEverythingAndIsTheSameTwice() throws Exception {
    String once = BacktestReport.render(BacktestFixture.data(), "json");
    String twice = BacktestReport.render(BacktestFixture.data(), "json");
    assertThat(once).isEqualTo(twice);
    assertThat(once).doesNotContain("NaN");

    JsonNode root = new ObjectMapper().readTree(once);
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "cases",
            "caseCount",
            "seed",
            "trials",
            "uncertainty",
            "targets",
            "overall",
            "byActor",
            "byCase",
            "reliability",
            "reactions",
            "unscored");
    assertThat(root.path("overall")).extracting(JsonNode::toString).isNotNull();
    assertThat(root.path("overall").findValuesAsText("id"))
        .containsExactly("model", "base-rate", "run");
    assertThat(root.path("targets").path("accuracy3").asDouble()).isEqualTo(0.85);
    assertThat(root.path("targets").path("brier3").asDouble()).isEqualTo(0.15);
    assertThat(root.path("reactions")).hasSize(4);
    assertThat(root.path("unscored")).hasSize(1);
    assertThat(root.path("unscored").get(0).path("why").asText()).contains("no reaction");
    assertThat(root.path("reliability")).hasSize(10);
    assertThat(root.path("byActor").get(0).path("id").asText()).isEqualTo("china");
    // the text is kept exactly in JSON, markup and all
    assertThat(root.path("reactions").get(1).path("source").asText())
        .isEqualTo(BacktestFixture.HOSTILE_SOURCE);
  }

  @Test
  void htmlHasEverySectionTheChartAndTheTables() {
    String html = BacktestReport.render(data, "html");
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("main > section").eachAttr("id"))
        .containsExactly("figures", "reliability", "by-actor", "by-case", "reactions", "unscored");
    assertThat(doc.select("nav a").eachAttr("href"))
        .containsExactly(
            "#figures", "#reliability", "#by-actor", "#by-case", "#reactions", "#unscored");
    // the overall table: model, base rate, own run, and the target as a target
    Element figures = doc.getElementById("figures");
    assertThat(figures.select("tbody tr")).hasSize(4);
    assertThat(figures.select("tbody tr").get(0).select("td").get(3).text()).isEqualTo("75.0%");
    assertThat(figures.select("tbody tr").get(3).text()).contains("≥ 85.0%").contains("≤ 0.150");
    assertThat(figures.text()).contains("not met");
    // one row per actor, per case, per reaction, per record not scored
    assertThat(doc.select("#by-actor tbody tr")).hasSize(3);
    assertThat(doc.select("#by-case tbody tr")).hasSize(2);
    assertThat(doc.select("#reactions tbody tr")).hasSize(4);
    assertThat(doc.select("#unscored tbody tr")).hasSize(1);
    assertThat(doc.select("#reliability tbody tr")).hasSize(10);

    // the reliability diagram: accessible, one dot per bin that holds forecasts
    Element svg = doc.selectFirst("#reliability figure svg");
    assertThat(svg).isNotNull();
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.selectFirst("title").text()).startsWith("Reliability diagram");
    assertThat(svg.selectFirst("desc").text()).contains("diagonal");
    long binsWithForecasts = data.reliability().stream().filter(b -> b.count() > 0).count();
    assertThat(svg.select("circle.bin")).hasSize((int) binsWithForecasts);
    assertThat(svg.select("line.diagonal")).hasSize(1);

    // nothing runs: the hostile source is text, not markup
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("#reactions").text()).contains(BacktestFixture.HOSTILE_SOURCE);
    // and the page is well-formed as XML (every element closed)
    Document xml = Jsoup.parse(html.replace("<!DOCTYPE html>", ""), "", Parser.xmlParser());
    assertThat(xml.select("section")).hasSize(6);
  }

  @Test
  void markdownHasTheSameTablesAndEscapesCells() {
    String md = BacktestReport.render(data, "md");
    assertThat(md).startsWith("# Backtest against the public record\n");
    assertThat(md)
        .contains("## The model against the record")
        .contains("## Reliability")
        .contains("## By actor")
        .contains("## Not scored");
    assertThat(md).contains("| target | out of sample; reported, not gated |");
    // a pipe in a cell would split the row: it is escaped
    String row = md.lines().filter(l -> l.contains("Ministry")).findFirst().orElseThrow();
    assertThat(row).contains("\\|");
    assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(11);
    assertThat(md).doesNotContain("<svg");
  }
}
