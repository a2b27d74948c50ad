/**
 * Running the read side: rebuilds beside the live tables, lag and domain gauges, dead letters,
 * sharing segments.
 */
package org.strategytracker.query.operations;
