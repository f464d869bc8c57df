package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;

/**
 * How programme cost is shared among participants.
 *
 * @param method per session or equal share
 * @param base whose sessions (or heads) the cost is spread over
 * @since 0.1.0
 */
public record CostAllocation(Method method, Base base) {

  /** The allocation rule. */
  public enum Method {
    /** {@code cost_i = programmeCost / sum(sessions) * sessions_i}. */
    PER_SESSION,
    /** {@code cost_i = programmeCost / count(participants)}. */
    EQUAL_SHARE
  }

  /** Who shares the cost. */
  public enum Base {
    /** Only the participants included in the analysis. */
    ANALYSED_PARTICIPANTS,
    /**
     * Every row read with a valid, positive sessions count that was not excluded as malformed or
     * duplicate (so people lost to follow-up still carry their share of the cost).
     */
    ALL_ATTENDING_ROWS
  }

  /**
   * Creates an allocation.
   *
   * @param method rule
   * @param base who shares
   */
  public CostAllocation {
    Args.notNull(method, "method");
    Args.notNull(base, "base");
  }

  /**
   * Per session, over the analysed participants.
   *
   * @return the allocation
   */
  public static CostAllocation perSession() {
    return new CostAllocation(Method.PER_SESSION, Base.ANALYSED_PARTICIPANTS);
  }

  /**
   * Equal share, over the analysed participants.
   *
   * @return the allocation
   */
  public static CostAllocation equalShare() {
    return new CostAllocation(Method.EQUAL_SHARE, Base.ANALYSED_PARTICIPANTS);
  }

  /**
   * A sentence for reports.
   *
   * @return the description
   */
  public String describe() {
    String who = base == Base.ANALYSED_PARTICIPANTS ? "the analysed participants"
        : "every attending row read (including those lost to follow-up)";
    return method == Method.PER_SESSION ? "programme cost / total sessions of " + who + ", times sessions attended"
        : "programme cost shared equally among " + who;
  }
}
