/**
 * The PostgreSQL database: embedded for the default run and the tests, migrated by Flyway per
 * module.
 */
package org.strategytracker.platform.database;
