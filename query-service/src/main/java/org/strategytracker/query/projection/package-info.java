/**
 * What every projection stands on: generations of tables, so that a rebuild can fill new ones
 * beside the live ones.
 */
package org.strategytracker.query.projection;
