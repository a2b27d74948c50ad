package org.strategytracker.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The documented demo accounts of the default run (README). Their passwords are public, so they
 * exist only while {@code tracker.security.demo-accounts} is on, and production refuses to start
 * with any of them.
 */
final class DemoAccounts {

  static final List<TrackerSecurityProperties.Account> ALL =
      List.of(
          account("strategie", "Strategiebüro (Demo)", List.of(Role.STRATEGY_OFFICE), List.of()),
          account("fb61", "Fachbereich 61 (Demo)", List.of(Role.EDITOR), List.of("FB 61")),
          account("fb45", "Fachbereich 45 (Demo)", List.of(Role.EDITOR), List.of("FB 45")),
          account(
              "fb11-400", "Fachbereich 11/400 (Demo)", List.of(Role.EDITOR), List.of("FB 11/400")),
          account("fb11", "Fachbereich 11 (Demo)", List.of(Role.EDITOR), List.of("FB 11")),
          account("pruefung", "Rechnungsprüfung (Demo)", List.of(Role.AUDITOR), List.of()),
          account("rat", "Ratsmitglied (Demo)", List.of(Role.VIEWER), List.of()));

  private DemoAccounts() {}

  /** Demo passwords are the user name followed by "-demo". */
  static String password(String username) {
    return username + "-demo";
  }

  private static TrackerSecurityProperties.Account account(
      String username, String name, List<Role> roles, List<String> units) {
    return new TrackerSecurityProperties.Account(
        username, null, pseudonym(username), name, username + "@demo.invalid", roles, units);
  }

  /** A stable pseudonymous actor id that does not reveal the user name. */
  static String pseudonym(String username) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("tracker-actor:" + username).getBytes(StandardCharsets.UTF_8));
      return "u-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
