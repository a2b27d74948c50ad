/** Who is acting: the authenticated principal as the actor of every command and event. */
package org.strategytracker.command.actor;
