package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;

/**
 * Printed unweighted and cost-weighted VfM with the allocation rule and the printed means they
 * came from. Checked: the ratio unweighted / weighted respects the bound the allocation rule
 * implies (derivation in the package documentation).
 *
 * @param unweighted printed unweighted mean VfM, mean over participants of improvement_i / cost_i
 * @param weighted printed weighted VfM, total improvement / total cost
 * @param rule how cost was allocated to participants
 * @param meanChange printed mean change of the outcome
 * @param orientation which sign of the change is an improvement
 * @param meanSessions printed mean sessions attended
 * @param minSessions the fewest sessions any analysed participant attended (at least one under
 *     per-session allocation)
 * @param assumedMeanDeterioration assumed mean over all participants of max(-improvement_i, 0), in
 *     outcome points; 0 assumes nobody deteriorated
 * @since 0.1.0
 */
public record VfmPairClaim(PrintedFigure unweighted, PrintedFigure weighted, AllocationRule rule,
    PrintedFigure meanChange, Orientation orientation, PrintedFigure meanSessions, double minSessions,
    double assumedMeanDeterioration) {

  /**
   * Validates the claim.
   *
   * @param unweighted unweighted VfM
   * @param weighted weighted VfM
   * @param rule allocation rule
   * @param meanChange mean change
   * @param orientation orientation
   * @param meanSessions mean sessions
   * @param minSessions fewest sessions
   * @param assumedMeanDeterioration assumed mean deterioration
   */
  public VfmPairClaim {
    Args.notNull(unweighted, "unweighted");
    Args.notNull(weighted, "weighted");
    Args.check(weighted.value() > 0, "weighted", "be positive", weighted.printed());
    Args.notNull(rule, "rule");
    Args.notNull(meanChange, "meanChange");
    Args.notNull(orientation, "orientation");
    Args.notNull(meanSessions, "meanSessions");
    Args.check(meanSessions.value() > 0, "meanSessions", "be positive", meanSessions.printed());
    Args.positive(minSessions, "minSessions");
    Args.check(minSessions <= meanSessions.value() + meanSessions.halfUnit(), "minSessions",
        "not exceed the printed mean sessions " + meanSessions.printed(), minSessions);
    Args.notNegative(assumedMeanDeterioration, "assumedMeanDeterioration");
  }

  /**
   * Starts a claim.
   *
   * @param unweighted printed unweighted VfM
   * @param weighted printed weighted VfM
   * @param rule the allocation rule
   * @return a builder
   */
  public static Builder builder(PrintedFigure unweighted, PrintedFigure weighted, AllocationRule rule) {
    return new Builder(unweighted, weighted, rule);
  }

  /** Builds a {@link VfmPairClaim}; the assumed mean deterioration defaults to 0. */
  public static final class Builder {
    private final PrintedFigure unweighted;
    private final PrintedFigure weighted;
    private final AllocationRule rule;
    private PrintedFigure meanChange;
    private Orientation orientation;
    private PrintedFigure meanSessions;
    private double minSessions = 1;
    private double deterioration;

    private Builder(PrintedFigure unweighted, PrintedFigure weighted, AllocationRule rule) {
      this.unweighted = unweighted;
      this.weighted = weighted;
      this.rule = rule;
    }

    /**
     * The printed mean change and its orientation.
     *
     * @param figure the printed mean change
     * @param value which sign is an improvement
     * @return this builder
     */
    public Builder meanChange(PrintedFigure figure, Orientation value) {
      this.meanChange = figure;
      this.orientation = value;
      return this;
    }

    /**
     * The printed mean sessions and the fewest sessions attended.
     *
     * @param figure the printed mean
     * @param fewest the fewest sessions of an analysed participant
     * @return this builder
     */
    public Builder sessions(PrintedFigure figure, double fewest) {
      this.meanSessions = figure;
      this.minSessions = fewest;
      return this;
    }

    /**
     * The assumed mean deterioration (points, averaged over all participants).
     *
     * @param points the assumption
     * @return this builder
     */
    public Builder assumedMeanDeterioration(double points) {
      this.deterioration = points;
      return this;
    }

    /**
     * Builds the claim.
     *
     * @return the claim
     */
    public VfmPairClaim build() {
      return new VfmPairClaim(unweighted, weighted, rule, meanChange, orientation, meanSessions, minSessions,
          deterioration);
    }
  }
}
