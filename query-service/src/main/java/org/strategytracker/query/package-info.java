/** The query service: projections of the event stream and the API that reads them. */
package org.strategytracker.query;
