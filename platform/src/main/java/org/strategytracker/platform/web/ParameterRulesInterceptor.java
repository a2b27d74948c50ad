package org.strategytracker.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks every request parameter of every endpoint against the {@link InputRules} before its
 * handler runs, so that no free-text filter ({@code ?text=}, {@code ?actor=}) reaches a query with
 * a NUL that PostgreSQL refuses with an error. Parameters may span lines (a reason can be sent as
 * one); the command check that follows is stricter for single-line fields.
 */
class ParameterRulesInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      InputRules.requireText("parameter", parameter.getKey(), InputRules.Lines.SINGLE);
      for (String value : parameter.getValue()) {
        InputRules.requireText(parameter.getKey(), value, InputRules.Lines.MULTI);
      }
    }
    return true;
  }
}
