/** The command service: where departments' changes become events. */
package org.strategytracker.command;
