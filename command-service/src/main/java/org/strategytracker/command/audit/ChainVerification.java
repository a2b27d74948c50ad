package org.strategytracker.command.audit;

/**
 * The outcome of walking the chain: how many links were checked and, if the chain is broken, the
 * first broken link.
 *
 * @param intact whether every link holds and no stored event is missing from the chain
 * @param checked links checked
 * @param headHash hash of the last link (hex), or {@code null} for an empty chain
 * @param firstBreak the first broken link, or {@code null} when intact
 * @param pending stored events newer than the chain's head, not linked yet (the recorder follows
 *     within moments)
 */
public record ChainVerification(
    boolean intact, long checked, String headHash, Break firstBreak, long pending) {

  /**
   * Where and why the chain breaks.
   *
   * @param position chain position of the first broken link (1-based)
   * @param globalIndex the event store's global index at that position
   * @param reason what was found, in plain words
   */
  public record Break(long position, long globalIndex, String reason) {}
}
