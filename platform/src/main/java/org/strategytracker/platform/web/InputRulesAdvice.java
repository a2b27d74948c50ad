package org.strategytracker.platform.web;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every JSON request body against the {@link InputRules} right after it was read, before any
 * controller sees it: one place for every text and date field of every endpoint, named as the JSON
 * names it ({@code reason}, {@code collaborators[0].name}).
 */
@ControllerAdvice
class InputRulesAdvice extends RequestBodyAdviceAdapter {

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return parameter.getParameterType().isRecord();
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    InputRecords.requireValid(body, InputRules.MULTI_LINE_FIELDS);
    return body;
  }
}
