package org.strategytracker.web;

import java.util.List;

/**
 * Who is signed in, so the pages offer only what this person may do. The server decides again on
 * every change; this is a courtesy, not the check.
 *
 * @param anonymous whether nobody is signed in (then all other fields are empty)
 * @param login how to sign in: {@code form} (local accounts, page /anmelden), {@code oidc} (at the
 *     city's provider, from page /anmelden) or {@code token} (no browser sign-in, API tokens only)
 */
public record Me(
    boolean anonymous,
    String username,
    String displayName,
    List<String> roles,
    List<String> units,
    String login) {}
