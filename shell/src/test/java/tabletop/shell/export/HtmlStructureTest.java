package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The HTML report's structure, read with a Java HTML parser (what a browser builds its page from):
 * the charts with their accessible titles, the actors, the tables, text that stays text, and
 * nothing fetched from the network. Runs on every machine; {@link HtmlInChromiumTest} adds a real
 * browser where one is installed.
 */
class HtmlStructureTest {
  private final String html = new Exporters().render(Fixture.afterAction(), "html");
  private final Document page = Jsoup.parse(html);

  @Test
  void theDocumentParsesWithoutErrors() {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    assertThat(page.select("html").attr("lang")).isNotBlank();
    assertThat(page.title()).isNotBlank();
  }

  @Test
  void theChartsAreSvgsWithTheirTitlesAndLines() {
    assertThat(page.select("section#charts svg[role=img]")).isNotEmpty();
    assertThat(page.getElementById("chart-1-title")).isNotNull();
    assertThat(page.select("svg polyline")).isNotEmpty();
    for (Element svg : page.select("svg[role=img]")) {
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        if (!id.isBlank()) {
          assertThat(page.getElementById(id)).as("element #%s named by a chart", id).isNotNull();
        }
      }
    }
  }

  @Test
  void theActorsAndSectionsAreThere() {
    String text = page.text();
    assertThat(text).contains(Fixture.ACTORS);
    assertThat(page.select("section#setup, section#charts, section#timeline")).hasSize(3);
    // the briefing is read out with the set-up, in the same section
    assertThat(page.select("section#setup").text()).contains("Briefing");
    for (Element table : page.select("table")) {
      assertThat(table.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
    }
  }

  @Test
  void peoplesTextStaysTextAndNothingIsFetched() {
    assertThat(page.select("script")).isEmpty();
    assertThat(page.text()).contains(Fixture.NOTE_HEAD);
    assertThat(page.select("[src], link[href]"))
        .noneMatch(e -> e.attr("src").contains("//") || e.attr("href").contains("//"));
  }
}
