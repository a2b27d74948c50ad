/**
 * Idempotency keys: a retried command request is answered with its first answer and records
 * nothing.
 */
package org.strategytracker.command.idempotency;
