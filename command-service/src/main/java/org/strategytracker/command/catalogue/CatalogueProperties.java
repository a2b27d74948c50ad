package org.strategytracker.command.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The catalogue the service starts with.
 *
 * @param importOnStart import {@code location} at every start; since the import is idempotent, only
 *     the first start records anything, and later ones only what the catalogue changed
 * @param location a YAML, CSV or XLSX file as a Spring resource ("classpath:...", "file:...")
 */
@ConfigurationProperties("tracker.catalogue")
public record CatalogueProperties(
    @DefaultValue("true") boolean importOnStart,
    @DefaultValue("classpath:catalogue/aachen.yml") String location) {}
