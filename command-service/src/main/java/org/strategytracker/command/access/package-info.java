/** Who may change which measure: the access policy and its check in front of every command. */
package org.strategytracker.command.access;
