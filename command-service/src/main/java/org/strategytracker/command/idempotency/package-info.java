/** Idempotency keys: a retried command is answered from its first outcome and records nothing. */
package org.strategytracker.command.idempotency;
