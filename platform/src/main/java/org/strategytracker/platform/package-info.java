/** What both services stand on: PostgreSQL, Axon's storage on it, migrations and error answers. */
package org.strategytracker.platform;
