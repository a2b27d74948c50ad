/**
 * The catalogue of measures: Aachen's built-in one and any city's file, imported through the
 * measure's own commands.
 */
package org.strategytracker.command.catalogue;
