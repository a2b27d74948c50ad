/**
 * The portfolio as of any date and as known at any moment: the bitemporal timeline projection and
 * its queries.
 */
package org.strategytracker.query.timetravel;
