/** Who changed what and why: every event as one audit entry with a German one-line summary. */
package org.strategytracker.query.history;
