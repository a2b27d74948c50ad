package org.strategytracker.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Answers every error of every service as problem+json. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsConfiguration {}
