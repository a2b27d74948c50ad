/**
 * Reliability under pressure: conflicting writers and hostile input leave the event store exact.
 */
package org.strategytracker.command.reliability;
