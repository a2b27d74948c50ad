package org.strategytracker.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem to the response where no controller advice reaches (filters, the firewall, the
 * error page, Tomcat's error report): the same JSON as Spring MVC writes, with {@code errors} at
 * the top level and the request path as {@code instance}.
 */
public final class ProblemWriter {

  private static final JsonMapper JSON =
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  private ProblemWriter() {}

  /** The problem as JSON, {@code instance} set to the path if it has none yet. */
  public static String json(ProblemDetail problem, String path) {
    if (problem.getInstance() == null && path != null && !path.isEmpty()) {
      problem.setInstance(instance(path));
    }
    return JSON.writeValueAsString(problem);
  }

  /**
   * Writes the problem; {@code request} may be null in filters that do not have it at hand, then
   * the request of the current thread names the path.
   */
  public static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    HttpServletRequest current = request != null ? request : currentRequest();
    String body = json(problem, current == null ? null : current.getRequestURI());
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }

  /**
   * The path as a URI reference. Paths that reach an error are often malformed on purpose, so a
   * character that a URI may not contain is percent-encoded rather than refused.
   */
  static URI instance(String path) {
    try {
      return URI.create(path);
    } catch (IllegalArgumentException malformed) {
      StringBuilder safe = new StringBuilder();
      byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        char c = (char) (bytes[i] & 0xff);
        boolean escape =
            c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
        if (escape || (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%".indexOf(c) < 0)) {
          safe.append(c);
        } else {
          safe.append('%').append(String.format("%02X", bytes[i] & 0xff));
        }
      }
      return URI.create(safe.toString());
    }
  }

  private static boolean isHex(byte b) {
    return Character.digit((char) b, 16) >= 0;
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
        ? servlet.getRequest()
        : null;
  }
}
