/** The German words and formats of everything the read side writes for people to read. */
package org.strategytracker.query.german;
