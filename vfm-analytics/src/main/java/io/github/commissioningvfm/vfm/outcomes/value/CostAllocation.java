package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;

/**
 * How programme cost is shared among participants.
 *
 * <p>Within one cohort {@code c} with cost {@code C_c}: per session,
 * {@code cost_i = C_c / sum_{j in base, j in c}(sessions_j) * sessions_i}; equal share,
 * {@code cost_i = C_c / count_{j in base, j in c}}. With {@link Cohort#WHOLE_PERIOD} there is one
 * cohort and {@code C_c} is the programme cost. With {@link Cohort#FINANCIAL_YEAR} each
 * participant belongs to the financial year (1 April to 31 March) of their first-session date and
 * {@code C_c} is that year's programme cost: given one annual cost, the same cost is applied to
 * every year's cohort, so the total allocated is {@code annual cost * number of cohort years}.
 *
 * @param method per session or equal share
 * @param base whose sessions (or heads) the cost is spread over
 * @param cohort whether the cost is shared over the whole period or within each financial year
 * @since 0.1.0
 */
public record CostAllocation(Method method, Base base, Cohort cohort) {

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

  /** Which participants share one cost. */
  public enum Cohort {
    /** Every participant in the base shares the one programme cost. */
    WHOLE_PERIOD,
    /**
     * Each financial year's cost is shared among the participants whose first session falls in
     * that year; every participant in the base must have a first-session date.
     */
    FINANCIAL_YEAR
  }

  /**
   * Creates an allocation.
   *
   * @param method rule
   * @param base who shares
   * @param cohort over what period one cost is shared
   */
  public CostAllocation {
    Args.notNull(method, "method");
    Args.notNull(base, "base");
    Args.notNull(cohort, "cohort");
  }

  /**
   * Creates an allocation of one cost over the whole period.
   *
   * @param method rule
   * @param base who shares
   */
  public CostAllocation(Method method, Base base) {
    this(method, base, Cohort.WHOLE_PERIOD);
  }

  /**
   * Per session within each financial year's cohort, over the analysed participants: each year's
   * cost is shared over the sessions of the participants who started in that year.
   *
   * @return the allocation
   */
  public static CostAllocation perSessionByFinancialYear() {
    return new CostAllocation(Method.PER_SESSION, Base.ANALYSED_PARTICIPANTS, Cohort.FINANCIAL_YEAR);
  }

  /**
   * Equal share within each financial year's cohort, over the analysed participants.
   *
   * @return the allocation
   */
  public static CostAllocation equalShareByFinancialYear() {
    return new CostAllocation(Method.EQUAL_SHARE, Base.ANALYSED_PARTICIPANTS, Cohort.FINANCIAL_YEAR);
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
    if (cohort == Cohort.FINANCIAL_YEAR) {
      return method == Method.PER_SESSION
          ? "each financial year's programme cost / total sessions of " + who
              + " who started in that year, times sessions attended"
          : "each financial year's programme cost shared equally among " + who + " who started in that year";
    }
    return method == Method.PER_SESSION ? "programme cost / total sessions of " + who + ", times sessions attended"
        : "programme cost shared equally among " + who;
  }
}
