package org.strategytracker.command.measure;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's measure by its {@code @TargetAggregateIdentifier} and the version the client
 * expects from the command's metadata, so optimistic locking needs no version field in every
 * command.
 *
 * <p>API versions count events (1 after registration); Axon counts sequence numbers from 0.
 */
public class ExpectedVersion implements CommandTargetResolver {

  /** Metadata key: the measure version the client last saw, from {@code If-Match}. */
  public static final String METADATA_KEY = "expectedVersion";

  private final CommandTargetResolver identifiers =
      AnnotationCommandTargetResolver.builder().build();

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
    Object expected = command.getMetaData().get(METADATA_KEY);
    Long axonVersion = expected == null ? null : toAxonVersion(((Number) expected).longValue());
    return new VersionedAggregateIdentifier(target.getIdentifierValue(), axonVersion);
  }

  /** Axon's sequence number for an API version. */
  public static long toAxonVersion(long apiVersion) {
    return apiVersion - 1;
  }

  /** The API version for Axon's sequence number. */
  public static long toApiVersion(long axonVersion) {
    return axonVersion + 1;
  }
}
