package org.strategytracker.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Throws, before any handler runs, what {@link IdempotentRequests} refused a request for (a reused
 * key, a store that cannot be reached), so that the controller advice answers it as problem+json
 * like every other refusal.
 */
class IdempotencyRejections implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(IdempotentRequests.REJECTION) instanceof RuntimeException rejection) {
      throw rejection;
    }
    return true;
  }
}
