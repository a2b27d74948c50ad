/** Who is acting: the one seam through which a request's actor reaches the audit metadata. */
package org.strategytracker.command.actor;
