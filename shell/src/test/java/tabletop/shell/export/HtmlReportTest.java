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
        .contains("<tr><th scope=\"row\">military-component</th><td>training</td></tr>")
        .contains("<p>A proposal is now on the table");
  }

  @Test
  void readableOnAProjectorAndPrintable() {
    assertThat(html).contains("html { font-size: 22px; }").contains("@media print");
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
  void reactionCardsShowEventReasonRulesSourcesAndAssumptions() {
    assertThat(html)
        .contains("<strong class=\"actor\">china</strong> on <span class=\"move\">coe</span>")
        .contains("<span class=\"dir d-oppose\">oppose</span>")
        .contains("Intensity 0.90 · Event PROTEST · CAMEO 14 · Goldstein -6.5")
        .contains("<strong>Main reason:</strong> While Russia&#39;s war goes on")
        .contains("<strong>Cited:</strong> article#P20, article#P21")
        .contains("<strong>Assumptions (not from the article)</strong>")
        .contains("confidence 60%");
  }

  @Test
  void overrideShowsTeamDecisionModelDirectionAndReason() {
    assertThat(html)
        .contains("<div class=\"card overridden\">")
        .contains(
            "The team decided <span class=\"dir d-neutral\">neutral</span>; the model said <span"
                + " class=\"dir d-lean-oppose\">lean oppose</span>. <strong>Reason:</strong> "
                + "The host team wants to keep talking to both capitals before it says no.");
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
        .contains("<h2>Outcome per move</h2>")
        .contains("<td>coe</td><td><strong>stalled</strong></td>")
        .contains("<tr><td>Team Blue</td><td class=\"num\">4</td><td class=\"num\">3</td>")
        .contains("<li>Does China&#39;s answer change the host&#39;s arithmetic?</li>")
        .contains("<h3>Strengths</h3>")
        .contains("<h3>Areas for improvement</h3>")
        .contains("<h3>Recommendations</h3>")
        .contains(
            "<th scope=\"col\">Issue / observation</th><th scope=\"col\">Corrective action</th>"
                + "<th scope=\"col\">Owner</th><th scope=\"col\">Due date</th>");
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
