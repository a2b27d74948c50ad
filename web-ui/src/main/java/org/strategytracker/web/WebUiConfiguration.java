package org.strategytracker.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Brings the web interface into whichever service has this jar on its classpath, so the pages and
 * the API share one origin. Clean page addresses forward to the static files.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(MeController.class)
public class WebUiConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/anmelden").setViewName("forward:/anmelden.html");
    registry.addViewController("/massnahmen").setViewName("forward:/massnahmen.html");
    registry.addViewController("/massnahme").setViewName("forward:/massnahme.html");
    registry.addViewController("/pruefung").setViewName("forward:/pruefung.html");
  }
}
