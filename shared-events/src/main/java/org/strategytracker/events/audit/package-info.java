/** The audit metadata every event carries: who, on whose behalf, why, from where. */
package org.strategytracker.events.audit;
