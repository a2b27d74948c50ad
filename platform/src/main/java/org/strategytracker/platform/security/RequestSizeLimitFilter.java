package org.strategytracker.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses request bodies larger than the configured limit with 413, before anything reads them. */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      ProblemResponses.write(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "too-large",
          "Anfrage zu groß",
          "body",
          "Der Inhalt darf höchstens " + maxBytes + " Bytes groß sein.");
      return;
    }
    chain.doFilter(request, response);
  }
}
