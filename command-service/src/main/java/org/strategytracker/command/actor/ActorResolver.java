package org.strategytracker.command.actor;

import jakarta.servlet.http.HttpServletRequest;

/** Tells who sent a request: the one place that knows how actors are identified. */
public interface ActorResolver {

  Actor resolve(HttpServletRequest request);
}
