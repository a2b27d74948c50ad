/** The German words and formats of everything the services write for people to read. */
package org.strategytracker.platform.german;
