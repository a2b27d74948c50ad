/** The single-JVM default run of both services. */
package org.strategytracker.app;
