package tabletop.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private final String html = new Exporters().render(Fixture.afterAction(), "html");

  @Test
  void isOneSelfContainedPageWithNothingFetched() {
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<style>")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("@import")
        .doesNotContain("url(")
        .doesNotContain("src=")
        .doesNotContain("https://");
    // The only address is the SVG namespace name, which is never fetched.
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://");
  }

  @Test
  void headerNamesScenarioSeedBranchAndKnobs() {
    assertThat(html)
        .contains(
            "<title>After-action report: A NATO Centre of Excellence in Southeast Asia</title>")
        .contains("<dt>Scenario</dt><dd>coe-southeast-asia</dd>")
        .contains("<dt>Seed</dt><dd>42</dd>")
        .contains("<dt>Branch</dt><dd>main</dd>")
        .contains("<tr><td>military-component</td><td>training</td></tr>")
        .contains("<p>A proposal is now on the table");
  }

  @Test
  void readableOnAProjectorAndPrintable() {
    assertThat(html).contains("html { font-size: 18px; }").contains("@media print");
  }

  @Test
  void onAccessibleChartPerActor() {
    assertThat(count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")).isEqualTo(3);
    assertThat(html)
        .contains("<title id=\"chart-1-title\">china: direction over the turns</title>")
        .contains("<title id=\"chart-2-title\">japan: direction over the turns</title>")
        .contains(
            "<desc id=\"chart-3-desc\">Turn 1, coe: lean support. Turn 2, coe: neutral (team&#39;s"
                + " decision; the model said lean oppose).</desc>")
        .contains(">oppose</text>")
        .contains(">lean oppose</text>")
        .contains(">neutral</text>")
        .contains(">support</text>")
        .contains(">Turn 1</text>")
        .contains(">Turn 2</text>");
  }

  @Test
  void overriddenPointIsADiamondWithTheModelsViewBeside() {
    // one diamond for the single override, plus one in the legend
    assertThat(count(html, "<polygon ")).isEqualTo(2);
    assertThat(count(html, "class=\"model\"")).isEqualTo(1);
    assertThat(html)
        .contains("The model's reaction")
        .contains("The team's decision (override)")
        .contains("What the model said where a team overrode it");
  }

  @Test
  void oneCardPerActorAndMoveWithTheMainReasonAndTheChainFolded() {
    assertThat(count(html, "<article class=\"card ")).isEqualTo(6);
    assertThat(html)
        .contains("<strong class=\"actor\">china</strong> <span class=\"move\">on coe</span>")
        .contains("<span class=\"dir d-oppose\">oppose</span>")
        .contains("intensity 90%")
        .contains("<p class=\"reason\">While Russia&#39;s war goes on")
        .contains("<details><summary>Why: the chain and its sources</summary>")
        .contains("Sources: P20, P21")
        .contains("confidence 60%");
    // the long lists of rule names stay behind the disclosure
    assertThat(html.indexOf("<details><summary>Why")).isLessThan(html.indexOf("confidence 60%"));
  }

  @Test
  void aTeamDecisionShowsTheTeamsReasonAsTheMainOneAndWhatTheModelSaid() {
    assertThat(html)
        .contains("<article class=\"card tone-neutral team\">")
        .contains("<span class=\"dir d-neutral\">neutral</span> <span class=\"tag\">team</span>")
        .contains(
            "<p class=\"reason\"><strong>Team's reason:</strong> The host team wants to keep"
                + " talking to both capitals before it says no.</p>")
        .contains("<p class=\"model-said\">The model said lean oppose: Beijing&#39;s answer");
  }

  @Test
  void noteIsEscaped() {
    assertThat(html)
        .contains(
            "Room asked whether &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                + " &quot;quotes&quot; | pipes")
        .doesNotContain("<script>");
  }

  @Test
  void outcomePredictionsQuestionsAndImprovementPlan() {
    assertThat(html)
        .contains("<h2>Outcome</h2>")
        .contains("<td>coe</td><td>stalled</td>")
        .contains("<tr><td>Team Blue</td><td>4</td><td>3</td><td>75%</td><td>0.185</td></tr>")
        .contains("<li>Does China&#39;s answer change the host&#39;s arithmetic?</li>")
        .contains("<h2>Improvement plan</h2>")
        .contains(
            "<th scope=\"col\">Observation</th><th scope=\"col\">Corrective action</th>"
                + "<th scope=\"col\">Owner</th><th scope=\"col\">Due date</th>")
        .contains("<td>Turn 2</td><td>Team decision</td><td>southeast-asian-host on coe");
  }

  @Test
  void escapeCoversTheFiveSpecialCharacters() {
    assertThat(HtmlReport.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(HtmlReport.esc(null)).isEmpty();
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
