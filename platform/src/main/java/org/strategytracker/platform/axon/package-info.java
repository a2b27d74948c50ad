/** Axon settings every entry point needs: no phone-home, audit metadata on every event. */
package org.strategytracker.platform.axon;
