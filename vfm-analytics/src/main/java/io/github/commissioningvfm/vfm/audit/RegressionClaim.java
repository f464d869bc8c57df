package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * A printed linear regression and the printed mean of its response. An OLS fit with an intercept
 * passes through the means: {@code mean y = b0 + sum b_j mean x_j}. Checked: the printed mean lies in
 * the range of {@code b0 + sum b_j x_j} over each covariate's mean or range and the rounding of every
 * printed figure. Terms whose coefficients were not printed are named, and the check says how much
 * they would have to contribute.
 *
 * @param name the model in words
 * @param meanResponse the printed mean of the response
 * @param intercept the printed constant
 * @param terms the printed coefficients, each with where its covariate's mean lies
 * @param unprintedTerms covariates in the model whose coefficients were not printed
 * @since 0.1.0
 */
public record RegressionClaim(String name, PrintedFigure meanResponse, PrintedFigure intercept, List<Coefficient> terms,
    List<String> unprintedTerms) {

  /**
   * Validates the claim.
   *
   * @param name name
   * @param meanResponse mean response
   * @param intercept intercept
   * @param terms terms
   * @param unprintedTerms unprinted terms
   */
  public RegressionClaim {
    Args.notBlank(name, "name");
    Args.notNull(meanResponse, "meanResponse");
    Args.notNull(intercept, "intercept");
    terms = List.copyOf(Args.notEmpty(terms, "terms"));
    unprintedTerms = List.copyOf(Args.noNullElements(unprintedTerms, "unprintedTerms"));
  }

  /**
   * One printed coefficient and the interval holding its covariate's mean.
   *
   * @param covariate the covariate's name
   * @param coefficient the printed coefficient
   * @param low the lowest value the covariate's mean can take
   * @param high the highest value the covariate's mean can take
   * @param basis why the mean lies there, e.g. "printed mean 4" or "scale range 0-40, mean not printed"
   */
  public record Coefficient(String covariate, PrintedFigure coefficient, double low, double high, String basis) {
    /**
     * Validates the term.
     *
     * @param covariate covariate
     * @param coefficient coefficient
     * @param low low
     * @param high high
     * @param basis basis
     */
    public Coefficient {
      Args.notBlank(covariate, "covariate");
      Args.notNull(coefficient, "coefficient");
      Args.finite(low, "low");
      Args.finite(high, "high");
      Args.check(low <= high, "high", "be at least low " + low, high);
      Args.notBlank(basis, "basis");
    }

    /**
     * A term whose covariate mean was printed: it lies within the rounding of the printed mean.
     *
     * @param covariate the covariate
     * @param coefficient the printed coefficient
     * @param mean the printed mean
     * @return the term
     */
    public static Coefficient atPrintedMean(String covariate, PrintedFigure coefficient, PrintedFigure mean) {
      Args.notNull(mean, "mean");
      return new Coefficient(covariate, coefficient, mean.value() - mean.halfUnit(), mean.value() + mean.halfUnit(),
          "printed mean " + mean.printed() + " (" + mean.where() + ")");
    }

    /**
     * A term whose covariate mean was not printed: it lies within a stated range.
     *
     * @param covariate the covariate
     * @param coefficient the printed coefficient
     * @param low lowest possible mean
     * @param high highest possible mean
     * @param basis the reason for the range
     * @return the term
     */
    public static Coefficient inRange(String covariate, PrintedFigure coefficient, double low, double high, String basis) {
      return new Coefficient(covariate, coefficient, low, high, basis);
    }
  }
}
