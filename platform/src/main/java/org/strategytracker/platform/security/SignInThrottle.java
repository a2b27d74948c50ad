package org.strategytracker.platform.security;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed password sign-ins per account and per client address and says when either is
 * locked. Kept behind this interface because one service instance counts in memory ({@link
 * InMemorySignInThrottle}); several instances will have to share the counts.
 */
interface SignInThrottle {

  /** Why and how long a sign-in must wait, if it must. */
  Optional<Lock> lockFor(String account, String address);

  /** Records a failed sign-in; answers how long the account is now locked (zero if not). */
  Duration failed(String account, String address);

  /** A successful sign-in starts the account's count again. */
  void succeeded(String account);

  /** A lock: on the account or on the client address, and for how much longer. */
  record Lock(Scope scope, Duration remaining) {}

  /** What is locked. */
  enum Scope {
    ACCOUNT,
    ADDRESS
  }
}
