package org.strategytracker.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;

/**
 * Strict reading of what clients send: the {@link InputRules} on every JSON body and every request
 * parameter, and a JSON reader that refuses rather than guesses. Only Spring's mapper for HTTP is
 * made strict; Axon's serializer of stored events has its own mapper and stays tolerant.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(InputRulesAdvice.class)
public class InputRulesConfiguration {

  /**
   * Duplicate keys are refused (which of two values was meant?), as are 50.5 for a whole number (no
   * silent truncation) and "50" for a number (a text is not a number).
   */
  @Bean
  JsonMapperBuilderCustomizer strictRequestJson() {
    return builder ->
        builder
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  @Bean
  WebMvcConfigurer parameterRules() {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterRulesInterceptor());
      }
    };
  }
}
