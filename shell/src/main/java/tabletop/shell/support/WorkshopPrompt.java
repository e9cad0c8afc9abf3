package tabletop.shell.support;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;
import tabletop.shell.render.Display;
import tabletop.shell.workshop.EngineHolder;
import tabletop.shell.workshop.Workshop;

/** The prompt says where the workshop is: {@code tabletop[coe-southeast-asia t2]>}. */
@Component
public class WorkshopPrompt implements PromptProvider {
  private final Workshop workshop;
  private final Display display;
  private final EngineHolder engine;
  private boolean warming;

  public WorkshopPrompt(Workshop workshop, Display display, EngineHolder engine) {
    this.workshop = workshop;
    this.display = display;
    this.engine = engine;
  }

  @Override
  public AttributedString getPrompt() {
    if (!warming) {
      // the first prompt is on its way: build the knowledge base while the facilitator reads it
      warming = true;
      // the label is read here: the rehearsal must never wait for the workshop, whose first
      // command may hold it while it waits for this very build
      String scenario = workshop.scenarioLabel();
      engine.warmUpInBackground(
          Long.getLong("tabletop.warm-up-delay", 0), e -> rehearse(e, scenario));
    }
    String text = text(workshop);
    return display.colour()
        ? new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN))
        : new AttributedString(text);
  }

  /**
   * Plays a quiet game of the workshop's scenario, turn by turn, on the engine being built, then
   * derives its structure and samples it a little: it loads and compiles the code a turn and its
   * probabilities need, so the facilitator's first 'turn next' does not pay for it (a first turn of
   * coe-southeast-asia with its probabilities: about 350 ms after a quiet game alone, 150–190 ms
   * after this).
   */
  private void rehearse(tabletop.engine.sim.Engine e, String scenario) {
    // library() is a plain getter; nothing here may take the workshop's lock
    tabletop.engine.scenario.Scenario s;
    try {
      s = workshop.library().load(scenario);
    } catch (tabletop.scenarios.io.ScenarioException | RuntimeException ex) {
      return; // loading it again at 'turn next' says what is wrong
    }
    try (tabletop.engine.sim.Game g = e.startQuiet(s, java.util.Map.of(), 0)) {
      while (!g.finished()) {
        g.next();
      }
      tabletop.engine.sim.Structure st = g.structure();
      if (st.separable()) {
        tabletop.engine.sim.Trials.run(st, tabletop.engine.sim.Uncertainty.fitted(), 0, 500);
      }
    }
  }

  public static String text(Workshop w) {
    String branch = Workshop.MAIN.equals(w.branch()) ? "" : " @" + w.branch();
    return "tabletop[" + w.scenarioLabel() + " t" + w.turn() + branch + "]> ";
  }
}
