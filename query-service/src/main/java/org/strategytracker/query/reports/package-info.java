/**
 * Reports to the council built from the timeline: the change report of a period and the status
 * report as of a date in CSV, XLSX and PDF.
 */
package org.strategytracker.query.reports;
