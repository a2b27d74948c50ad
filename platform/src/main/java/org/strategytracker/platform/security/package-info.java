/**
 * Who is signed in: local accounts or OpenID Connect tokens, roles and units, the actor directory,
 * request limits.
 */
package org.strategytracker.platform.security;
