/**
 * Faults on the whole system: the database goes away, the query side dies; nothing is lost or
 * doubled.
 */
package org.strategytracker.app.reliability;
