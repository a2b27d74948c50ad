/**
 * What both services stand on: PostgreSQL, Axon's storage on it, migrations, error answers and the
 * German words they are written in.
 */
package org.strategytracker.platform;
