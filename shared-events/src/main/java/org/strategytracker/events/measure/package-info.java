/**
 * Events of the Measure aggregate and the value types they carry: the language both services share.
 */
package org.strategytracker.events.measure;
