package org.strategytracker.command.measure;

/**
 * The answer to an accepted command: the measure, the created part (milestone, KPI, value) if any,
 * and the measure's version after the change (also sent as ETag).
 */
public record CommandAccepted(String measureId, String createdId, long version) {}
