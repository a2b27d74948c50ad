/** Where every measure stands now: the portfolio projection, its query API and read-your-writes. */
package org.strategytracker.query.portfolio;
