package org.strategytracker.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How password sign-ins (HTTP Basic and the sign-in form) are throttled and remembered ({@code
 * tracker.security.sign-in.*}).
 *
 * @param failuresPerAccount failed sign-ins in a row after which an account is locked for a while
 * @param failuresPerAddress failed sign-ins from one client address after which that address is
 *     locked for a while; higher, since several people may share an address (a proxy, a town hall)
 * @param firstLock how long the first lock lasts; each further failure doubles it
 * @param longestLock the longest lock
 * @param forgetAfter how long after the last failure (and the end of its lock) a counter starts
 *     again from zero
 * @param remembered how many accounts and addresses are counted at most (the least recently used
 *     are forgotten first), so that guessing with ever new names cannot exhaust memory
 * @param verifiedFor how long a verified HTTP Basic credential is taken without checking its
 *     password hash again
 * @param verifiedEntries how many verified credentials are remembered at most
 */
@ConfigurationProperties("tracker.security.sign-in")
public record SignInProperties(
    Integer failuresPerAccount,
    Integer failuresPerAddress,
    Duration firstLock,
    Duration longestLock,
    Duration forgetAfter,
    Integer remembered,
    Duration verifiedFor,
    Integer verifiedEntries) {

  public SignInProperties {
    failuresPerAccount = failuresPerAccount == null ? 5 : failuresPerAccount;
    failuresPerAddress = failuresPerAddress == null ? 50 : failuresPerAddress;
    firstLock = firstLock == null ? Duration.ofSeconds(1) : firstLock;
    longestLock = longestLock == null ? Duration.ofMinutes(15) : longestLock;
    forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    remembered = remembered == null ? 10_000 : remembered;
    verifiedFor = verifiedFor == null ? Duration.ofMinutes(5) : verifiedFor;
    verifiedEntries = verifiedEntries == null ? 1_000 : verifiedEntries;
  }
}
