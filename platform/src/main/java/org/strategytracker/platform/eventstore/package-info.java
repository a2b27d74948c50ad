/** Axon's event store, token store and dead-letter queue on PostgreSQL through JDBC. */
package org.strategytracker.platform.eventstore;
