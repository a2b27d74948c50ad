package org.strategytracker.command.measure;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.strategytracker.command.actor.Actor;
import org.strategytracker.command.actor.ActorResolver;
import org.strategytracker.events.audit.AuditMetadata;
import org.strategytracker.events.measure.MeasureId;
import org.strategytracker.platform.web.InputRecords;
import org.strategytracker.platform.web.InputRules;
import org.strategytracker.platform.web.RuleViolation;

/**
 * Sends a command on behalf of an HTTP request, with its audit metadata (actor, unit, reason,
 * source, idempotency key) and the version from {@code If-Match}; answers with the new version.
 * Every text and date of the command is checked against the {@link InputRules} first, also those
 * that came from request parameters rather than a JSON body.
 */
@Component
class CommandSender {

  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  static final String SOURCE_HEADER = "X-Source";
  private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final CommandGateway commandGateway;
  private final ActorResolver actors;

  CommandSender(CommandGateway commandGateway, ActorResolver actors) {
    this.commandGateway = commandGateway;
    this.actors = actors;
  }

  CommandAccepted send(
      MeasureId measureId, Object command, String reason, HttpServletRequest request) {
    return send(measureId, null, command, reason, request);
  }

  CommandAccepted send(
      MeasureId measureId,
      String createdId,
      Object command,
      String reason,
      HttpServletRequest request) {
    InputRules.requireText("reason", reason, InputRules.Lines.MULTI);
    InputRecords.requireValid(command, InputRules.MULTI_LINE_FIELDS);
    Map<String, Object> metadata = metadata(actors.resolve(request), reason, request);
    var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metadata);
    Object result = commandGateway.sendAndWait(message);
    long version =
        result instanceof Number axonVersion
            ? ExpectedVersion.toApiVersion(axonVersion.longValue())
            : 1L;
    return new CommandAccepted(measureId.value(), createdId, version);
  }

  private static Map<String, Object> metadata(
      Actor actor, String reason, HttpServletRequest request) {
    Map<String, Object> metadata = new HashMap<>(actor.metadata());
    if (reason != null && !reason.isBlank()) {
      metadata.put(AuditMetadata.REASON, reason.strip());
    }
    metadata.put(AuditMetadata.SOURCE, source(request.getHeader(SOURCE_HEADER)));
    String key = request.getHeader(IDEMPOTENCY_HEADER);
    if (key != null) {
      if (!KEY.matcher(key).matches()) {
        throw RuleViolation.input(
            IDEMPOTENCY_HEADER,
            "format",
            "Idempotency-Key: 1 bis 100 Zeichen aus Buchstaben, Ziffern und ._:-");
      }
      metadata.put(AuditMetadata.IDEMPOTENCY_KEY, key);
    }
    String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
    if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
      Matcher matcher = ETAG.matcher(ifMatch.strip());
      if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
        throw RuleViolation.input(
            HttpHeaders.IF_MATCH,
            "format",
            "If-Match muss die Version der Maßnahme als ETag enthalten, z. B. \"3\".");
      }
      metadata.put(ExpectedVersion.METADATA_KEY, Long.parseLong(matcher.group(1)));
    }
    return metadata;
  }

  private static String source(String header) {
    if (header == null || header.isBlank()) {
      return AuditMetadata.Source.API.value();
    }
    if (header.equalsIgnoreCase("ui")) {
      return AuditMetadata.Source.UI.value();
    }
    if (header.equalsIgnoreCase("api")) {
      return AuditMetadata.Source.API.value();
    }
    throw RuleViolation.input(SOURCE_HEADER, "format", "X-Source ist „api“ oder „ui“.");
  }
}
