package org.strategytracker.command.audit;

/**
 * The outcome of walking the chain and comparing it with every published anchor.
 *
 * @param intact whether every link holds, every event carries its seal, no stored event is missing
 *     from the chain and every anchor still matches
 * @param checked links checked
 * @param headHash hash of the last link (hex), or {@code null} for an empty chain
 * @param firstBreak the first broken link, or {@code null} when every link holds
 * @param pending stored events newer than the chain's head, not linked yet (the recorder follows
 *     within moments)
 * @param anchorsChecked anchors compared with the recomputed chain
 * @param firstAnchorMismatch the oldest anchor that no longer matches, or {@code null}
 * @param unanchored stored events after the newest anchor: not yet covered by any anchor, so
 *     deleting them is visible only in this number
 */
public record ChainVerification(
    boolean intact,
    long checked,
    String headHash,
    Break firstBreak,
    long pending,
    long anchorsChecked,
    AnchorMismatch firstAnchorMismatch,
    long unanchored) {

  /** What was done to an event row, as far as verification can tell. */
  public enum Finding {
    /** Written past the application: no seal, or not in the chain. */
    INSERTED,
    /** Content or chain link rewritten: the seal or the hash does not fit. */
    CHANGED,
    /** The chained event now stands at another position. */
    REORDERED,
    /** The event or its chain link is gone. */
    DELETED
  }

  /**
   * Where and why the chain breaks.
   *
   * @param position chain position of the first broken link (1-based)
   * @param globalIndex the event store's global index at that position
   * @param finding what was done, as a code
   * @param reason what was found, in plain words
   */
  public record Break(long position, long globalIndex, Finding finding, String reason) {}

  /**
   * An anchor that the chain no longer matches.
   *
   * @param anchorId the anchor's number (also in the name of its exported file)
   * @param position the chain position it anchored
   * @param reason why it does not match, in plain words
   */
  public record AnchorMismatch(long anchorId, long position, String reason) {}
}
