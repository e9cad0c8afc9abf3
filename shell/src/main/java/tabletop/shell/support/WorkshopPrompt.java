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
      engine.warmUpInBackground(Long.getLong("tabletop.warm-up-delay", 1000));
    }
    String text = text(workshop);
    return display.colour()
        ? new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN))
        : new AttributedString(text);
  }

  public static String text(Workshop w) {
    String branch = Workshop.MAIN.equals(w.branch()) ? "" : " @" + w.branch();
    return "tabletop[" + w.scenarioLabel() + " t" + w.turn() + branch + "]> ";
  }
}
