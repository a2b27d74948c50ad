package org.strategytracker.query.history;

/**
 * One field an event changed, as text: {@code from} is {@code null} for what did not exist before.
 */
public record Change(String field, String from, String to) {}
