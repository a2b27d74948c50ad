package org.strategytracker.query.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.strategytracker.query.QueryServiceApplication;

/**
 * The query service on a fresh embedded PostgreSQL with a real HTTP port. Test classes with the
 * same settings share one application context, so they use measure ids of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = QueryServiceApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tracker.database.embedded.ephemeral=true",
      "axon.eventhandling.processors.portfolio.token-claim-interval=200",
      "axon.eventhandling.processors.history.token-claim-interval=200",
      "axon.eventhandling.processors.kpi.token-claim-interval=200",
      "axon.eventhandling.processors.timeline.token-claim-interval=200"
    })
public @interface QueryServiceTest {}
