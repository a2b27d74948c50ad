/** Figures for the strategy office across all measures, computed from the portfolio. */
package org.strategytracker.query.dashboard;
