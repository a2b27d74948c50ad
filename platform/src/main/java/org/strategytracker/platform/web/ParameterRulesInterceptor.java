package org.strategytracker.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks every request parameter of every endpoint against the {@link InputRules} before its
 * handler runs, so that no free-text filter ({@code ?text=}, {@code ?actor=}) reaches a query with
 * a NUL that PostgreSQL refuses with an error. Parameters may span lines (a reason can be sent as
 * one); the command check that follows is stricter for single-line fields.
 */
class ParameterRulesInterceptor implements HandlerInterceptor {

  private static final Pattern PARAMETER = Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalStateException undecodable) {
      throw undecodable(undecodable);
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      InputRules.requireText("parameter", parameter.getKey(), InputRules.Lines.SINGLE);
      for (String value : parameter.getValue()) {
        InputRules.requireText(parameter.getKey(), value, InputRules.Lines.MULTI);
      }
    }
    return true;
  }

  /**
   * The 400 for Tomcat's {@code InvalidParameterException}: a parameter that is not UTF-8 (e.g. an
   * encoded lone surrogate), thrown by whichever code reads the parameters first.
   */
  static RuleViolation undecodable(IllegalStateException e) {
    Matcher name = PARAMETER.matcher(String.valueOf(e.getMessage()));
    String field = name.find() ? name.group(1) : "parameter";
    return RuleViolation.input(field, "encoding", "„" + field + "“ ist kein gültiger UTF-8-Text.");
  }
}
