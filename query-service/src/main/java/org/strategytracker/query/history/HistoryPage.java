package org.strategytracker.query.history;

import java.util.List;

/** One page of audit entries, newest first, with the number of all entries that match. */
public record HistoryPage(List<HistoryEntry> items, int page, int size, long totalItems) {}
