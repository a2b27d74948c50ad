package org.strategytracker.query.history;

import java.util.List;

/** What an event means for the audit history: the one-line summary, the changes and the reason. */
record Described(String summary, List<Change> changes, String reason) {}
