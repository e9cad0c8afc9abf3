package tabletop.shell.journal;

import tabletop.shell.workshop.Action;

/** One line of a session journal: its number, when it was written, and the action. */
public record JournalEntry(int seq, String at, Action action) {}
