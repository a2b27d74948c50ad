package org.strategytracker.platform.web;

/** One broken rule of a request: the field (JSON path, header or parameter), the rule and why. */
public record FieldError(String field, String rule, String message) {}
