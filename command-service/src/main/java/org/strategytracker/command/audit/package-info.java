/**
 * Tamper evidence: a hash chain over every stored event, its verification and published anchors.
 */
package org.strategytracker.command.audit;
