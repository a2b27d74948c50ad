package org.strategytracker.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops {@code charset} parameters from the {@code Accept} header. JSON is always UTF-8 and its
 * media type defines no charset (RFC 8259), but a client asking for {@code application/json;
 * charset=ISO-8859-1} would otherwise pass content negotiation, have its command stored, and then
 * get a 500 because no converter writes JSON in that charset.
 */
class JsonAcceptFilter extends OncePerRequestFilter {

  private static final Pattern CHARSET = Pattern.compile("(?i)\\s*;\\s*charset\\s*=\\s*[^;,]*");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || !CHARSET.matcher(accept).find()) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                ? withoutCharset(super.getHeader(name))
                : super.getHeader(name);
          }

          @Override
          public Enumeration<String> getHeaders(String name) {
            if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
              return super.getHeaders(name);
            }
            return Collections.enumeration(
                Collections.list(super.getHeaders(name)).stream()
                    .map(JsonAcceptFilter::withoutCharset)
                    .toList());
          }
        },
        response);
  }

  private static String withoutCharset(String value) {
    return value == null ? null : CHARSET.matcher(value).replaceAll("");
  }
}
