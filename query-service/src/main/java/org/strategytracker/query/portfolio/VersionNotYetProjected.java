package org.strategytracker.query.portfolio;

/** The portfolio did not reach the version a client asked for in time (503 with Retry-After). */
class VersionNotYetProjected extends RuntimeException {

  private final long requested;
  private final long available;

  VersionNotYetProjected(long requested, long available) {
    super(
        "Version "
            + requested
            + " ist noch nicht lesbar; vorhanden ist Version "
            + available
            + ". Bitte gleich noch einmal fragen.");
    this.requested = requested;
    this.available = available;
  }

  long requested() {
    return requested;
  }

  long available() {
    return available;
  }
}
