package org.strategytracker.query.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the projection a live answer is read from, so that the answer can say which event position
 * it was built from (the {@code X-Processed-Position} header).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadFrom {

  /** The projection's processing group, e.g. {@code portfolio}. */
  String value();
}
