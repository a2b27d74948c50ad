package org.strategytracker.command.actor;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells who sent a request. The only place that knows how actors are identified, so that the
 * header-based stand-in can be replaced by authentication without touching the API.
 */
public interface ActorResolver {

  Actor resolve(HttpServletRequest request);
}
