package org.strategytracker.command.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The first answer to a request sent with an idempotency key, as a retry gets it again: status, the
 * headers that carry meaning (Content-Type, Location, ETag; absent ones are {@code null}) and the
 * body's bytes, with the SHA-256 of the request it answered.
 */
record StoredAnswer(
    String requestSha256,
    int status,
    String contentType,
    String location,
    String etag,
    byte[] body) {

  static StoredAnswer of(String requestSha256, ContentCachingResponseWrapper answer) {
    return new StoredAnswer(
        requestSha256,
        answer.getStatus(),
        answer.getContentType(),
        answer.getHeader(HttpHeaders.LOCATION),
        answer.getHeader(HttpHeaders.ETAG),
        answer.getContentAsByteArray());
  }

  void replayTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    if (contentType != null) {
      response.setContentType(contentType);
    }
    if (location != null) {
      response.setHeader(HttpHeaders.LOCATION, location);
    }
    if (etag != null) {
      response.setHeader(HttpHeaders.ETAG, etag);
    }
    byte[] bytes = body == null ? new byte[0] : body;
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
