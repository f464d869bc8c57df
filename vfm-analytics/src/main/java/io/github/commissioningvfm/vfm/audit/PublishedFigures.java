package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation's printed figures, grouped by the relation each group must satisfy: derived
 * quotients, regressions with the mean of their response, unweighted and weighted VfM, returns on
 * investment, and signed changes with their stated meaning.
 *
 * @param evaluation the evaluation, e.g. "Sever (2025), MSc thesis"
 * @param quotients figures printed as one printed figure divided by another
 * @param regressions printed regressions with the printed mean of the response
 * @param vfmPairs printed unweighted and weighted VfM
 * @param returns printed returns on investment
 * @param signs printed changes and coefficients with their stated meaning
 * @since 0.1.0
 */
public record PublishedFigures(String evaluation, List<QuotientClaim> quotients, List<RegressionClaim> regressions,
    List<VfmPairClaim> vfmPairs, List<ReturnClaim> returns, List<SignClaim> signs) {

  /**
   * Validates the figures.
   *
   * @param evaluation evaluation
   * @param quotients quotients
   * @param regressions regressions
   * @param vfmPairs VfM pairs
   * @param returns returns
   * @param signs signs
   */
  public PublishedFigures {
    Args.notBlank(evaluation, "evaluation");
    quotients = List.copyOf(Args.noNullElements(quotients, "quotients"));
    regressions = List.copyOf(Args.noNullElements(regressions, "regressions"));
    vfmPairs = List.copyOf(Args.noNullElements(vfmPairs, "vfmPairs"));
    returns = List.copyOf(Args.noNullElements(returns, "returns"));
    signs = List.copyOf(Args.noNullElements(signs, "signs"));
  }

  /**
   * Starts an empty set of figures.
   *
   * @param evaluation the evaluation
   * @return a builder
   */
  public static Builder builder(String evaluation) {
    return new Builder(evaluation);
  }

  /** Collects the printed figures of one evaluation. */
  public static final class Builder {
    private final String evaluation;
    private final List<QuotientClaim> quotients = new ArrayList<>();
    private final List<RegressionClaim> regressions = new ArrayList<>();
    private final List<VfmPairClaim> vfmPairs = new ArrayList<>();
    private final List<ReturnClaim> returns = new ArrayList<>();
    private final List<SignClaim> signs = new ArrayList<>();

    private Builder(String evaluation) {
      this.evaluation = evaluation;
    }

    /**
     * Adds a printed quotient.
     *
     * @param claim the claim
     * @return this builder
     */
    public Builder quotient(QuotientClaim claim) {
      quotients.add(Args.notNull(claim, "claim"));
      return this;
    }

    /**
     * Adds a printed regression.
     *
     * @param claim the claim
     * @return this builder
     */
    public Builder regression(RegressionClaim claim) {
      regressions.add(Args.notNull(claim, "claim"));
      return this;
    }

    /**
     * Adds printed unweighted and weighted VfM.
     *
     * @param claim the claim
     * @return this builder
     */
    public Builder vfmPair(VfmPairClaim claim) {
      vfmPairs.add(Args.notNull(claim, "claim"));
      return this;
    }

    /**
     * Adds a printed return on investment.
     *
     * @param claim the claim
     * @return this builder
     */
    public Builder returnOnInvestment(ReturnClaim claim) {
      returns.add(Args.notNull(claim, "claim"));
      return this;
    }

    /**
     * Adds a printed signed figure.
     *
     * @param claim the claim
     * @return this builder
     */
    public Builder sign(SignClaim claim) {
      signs.add(Args.notNull(claim, "claim"));
      return this;
    }

    /**
     * Builds the figures.
     *
     * @return the figures
     */
    public PublishedFigures build() {
      return new PublishedFigures(evaluation, quotients, regressions, vfmPairs, returns, signs);
    }
  }
}
