package org.strategytracker.command.idempotency;

/** The first outcome of a command sent with an idempotency key. */
record StoredOutcome(String commandType, String aggregateId, String result) {}
