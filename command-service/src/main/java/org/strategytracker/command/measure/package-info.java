/** The Measure aggregate: its commands, its rules and its HTTP API. */
package org.strategytracker.command.measure;
