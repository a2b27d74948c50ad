package org.strategytracker.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The security headers of every answer. Spring Security's filter chain writes them on the answers
 * that pass it; answers made before it (Tomcat's rejections, the firewall's) write the same ones
 * from here, so that no error answer goes out without them.
 */
public final class SecurityHeaders {

  /** The content security policy of every answer. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

  /** The referrer policy of every answer. */
  public static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

  private static final List<HeaderWriter> WRITERS =
      List.of(
          new XContentTypeOptionsHeaderWriter(),
          new XXssProtectionHeaderWriter(),
          new CacheControlHeadersWriter(),
          new HstsHeaderWriter(),
          new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
          new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
          new ReferrerPolicyHeaderWriter(REFERRER_POLICY));

  private SecurityHeaders() {}

  public static void write(HttpServletRequest request, HttpServletResponse response) {
    WRITERS.forEach(writer -> writer.writeHeaders(request, response));
  }
}
