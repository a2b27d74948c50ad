package org.strategytracker.platform.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.strategytracker.events.measure.OrgUnit;

/** The local accounts of the default run: the demo accounts (if on) and the configured ones. */
class LocalAccounts implements UserDetailsService {

  private final Map<String, LocalAccount> accounts;

  LocalAccounts(TrackerSecurityProperties properties, PasswordEncoder encoder) {
    List<LocalAccount> all = new ArrayList<>();
    if (properties.demoAccounts()) {
      DemoAccounts.ALL.forEach(
          account ->
              all.add(toLocal(account, encoder.encode(DemoAccounts.password(account.username())))));
    }
    properties.accounts().forEach(account -> all.add(toLocal(account, account.password())));
    this.accounts =
        all.stream()
            .collect(Collectors.toMap(a -> a.user().username(), Function.identity(), (a, b) -> b));
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    LocalAccount account = accounts.get(username);
    if (account == null) {
      throw new UsernameNotFoundException("unknown user");
    }
    return account;
  }

  private static LocalAccount toLocal(
      TrackerSecurityProperties.Account account, String passwordHash) {
    if (account.username() == null || account.username().isBlank()) {
      throw new IllegalStateException("tracker.security.accounts: every account needs a username");
    }
    if (passwordHash == null || passwordHash.isBlank()) {
      throw new IllegalStateException(
          "tracker.security.accounts: account " + account.username() + " has no password hash");
    }
    String actorId =
        account.actorId() == null ? DemoAccounts.pseudonym(account.username()) : account.actorId();
    List<OrgUnit> units =
        account.units() == null ? List.of() : account.units().stream().map(OrgUnit::of).toList();
    TrackerUser user =
        new TrackerUser(
            actorId,
            account.username(),
            account.displayName(),
            account.email(),
            new HashSet<>(account.roles() == null ? List.of() : account.roles()),
            units);
    return new LocalAccount(user, passwordHash);
  }
}
