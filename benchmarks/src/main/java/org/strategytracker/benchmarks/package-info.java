/**
 * The benchmark: the real system on this machine, measured next to the ceiling of its PostgreSQL.
 */
package org.strategytracker.benchmarks;
