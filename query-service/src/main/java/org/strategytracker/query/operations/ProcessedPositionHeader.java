package org.strategytracker.query.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.strategytracker.query.projection.ReadFrom;

/**
 * Live answers say which event position they were built from, as past answers do in their {@code
 * basis}: {@code X-Processed-Position} is the position the projection named by {@link ReadFrom} had
 * reached in every segment before the answer was read, so the answer holds every event up to it (a
 * segment may already be further). {@code -1}: the projection has read nothing yet.
 */
@Configuration(proxyBeanMethods = false)
class ProcessedPositionHeader implements WebMvcConfigurer {

  static final String HEADER = "X-Processed-Position";

  private final TokenPositions tokens;

  ProcessedPositionHeader(TokenPositions tokens) {
    this.tokens = tokens;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            ReadFrom readFrom =
                handler instanceof HandlerMethod method
                    ? method.getMethodAnnotation(ReadFrom.class)
                    : null;
            if (readFrom != null) {
              // read before the answer, so that the answer holds at least this much
              response.setHeader(HEADER, Long.toString(tokens.lowest(readFrom.value()).orElse(-1)));
            }
            return true;
          }
        });
  }
}
