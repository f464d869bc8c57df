package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fitted least-squares regression. Formulas in the package documentation.
 *
 * @param n observations
 * @param rank estimable coefficients (p)
 * @param residualDf n - p
 * @param sigma residual standard error, sqrt(RSS / (n - p))
 * @param rSquared 1 - RSS/TSS, empty when the response does not vary
 * @param adjustedRSquared 1 - (1 - R^2)(n - 1)/(n - p)
 * @param coefficients estimable coefficients in column order
 * @param aliased names of columns that could not be estimated
 * @param notes explanations (aliased columns, dropped covariates, undefined figures)
 * @since 0.1.0
 */
public record OlsResult(long n, int rank, long residualDf, double sigma, Optional<Double> rSquared,
    Optional<Double> adjustedRSquared, List<Coefficient> coefficients, List<String> aliased, List<String> notes) {

  /**
   * Creates a result.
   *
   * @param n n
   * @param rank rank
   * @param residualDf residual df
   * @param sigma sigma
   * @param rSquared R squared
   * @param adjustedRSquared adjusted R squared
   * @param coefficients coefficients
   * @param aliased aliased columns
   * @param notes notes
   */
  public OlsResult {
    Args.positive(n, "n");
    Args.positive(rank, "rank");
    Args.positive(residualDf, "residualDf");
    Args.notNegative(sigma, "sigma");
    Args.notNull(rSquared, "rSquared");
    Args.notNull(adjustedRSquared, "adjustedRSquared");
    coefficients = List.copyOf(Args.noNullElements(coefficients, "coefficients"));
    aliased = List.copyOf(Args.noNullElements(aliased, "aliased"));
    notes = List.copyOf(Args.noNullElements(notes, "notes"));
  }

  /**
   * The coefficient of a term.
   *
   * @param term the term's name, e.g. "sessions" or "pathway[Anger]"
   * @return the coefficient
   * @throws IllegalArgumentException if the term is not estimated, listing those that are
   */
  public Coefficient coefficient(String term) {
    return coefficients.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("No estimated coefficient '" + term + "'; estimated: "
            + coefficients.stream().map(Coefficient::term).toList() + (aliased.isEmpty() ? "" : "; aliased: " + aliased)));
  }

  /**
   * A plain-text regression table.
   *
   * @return the text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %12s %10s %10s %10s %10s%n", "term",
        "estimate", "se", "se HC1", "se HC3", "p"));
    for (Coefficient c : coefficients) {
      sb.append(String.format(Locale.ROOT, "%-28s %12.5f %10.5f %10.5f %10s %10.4g%n", c.term(), c.estimate(),
          c.classical().standardError(), c.hc1().standardError(),
          c.hc3().map(h -> String.format(Locale.ROOT, "%.5f", h.standardError())).orElse("n/a"),
          c.classical().p().orElse(1.0)));
    }
    sb.append(String.format(Locale.ROOT, "n = %d, residual df = %d, sigma = %.5f, R^2 = %s%n", n, residualDf, sigma,
        rSquared.map(r -> String.format(Locale.ROOT, "%.5f", r)).orElse("undefined")));
    notes.forEach(s -> sb.append("Note: ").append(s).append('\n'));
    return sb.toString();
  }

  /**
   * One coefficient with its inference under three standard-error estimators.
   *
   * @param term the term's name
   * @param estimate the estimate b
   * @param classical inference with sigma^2 (X'X)^-1
   * @param hc1 inference with the HC1 sandwich
   * @param hc3 inference with the HC3 sandwich; empty when some leverage is 1
   */
  public record Coefficient(String term, double estimate, Inference classical, Inference hc1,
      Optional<Inference> hc3) {

    /**
     * Creates a coefficient.
     *
     * @param term term
     * @param estimate estimate
     * @param classical classical
     * @param hc1 HC1
     * @param hc3 HC3
     */
    public Coefficient {
      Args.notBlank(term, "term");
      Args.finite(estimate, "estimate");
      Args.notNull(classical, "classical");
      Args.notNull(hc1, "hc1");
      Args.notNull(hc3, "hc3");
    }
  }

  /**
   * Standard error, t, p and interval of a coefficient; t, p and interval are empty when the
   * standard error is zero (an exact fit).
   *
   * @param standardError the standard error
   * @param t estimate / se
   * @param p two-sided p-value, Student t with n - p df
   * @param interval estimate +/- t(1 - alpha/2, n - p) se
   */
  public record Inference(double standardError, Optional<Double> t, Optional<Double> p, Optional<Interval> interval) {

    /**
     * Creates an inference.
     *
     * @param standardError se
     * @param t t
     * @param p p
     * @param interval interval
     */
    public Inference {
      Args.notNegative(standardError, "standardError");
      Args.notNull(t, "t");
      Args.notNull(p, "p");
      Args.notNull(interval, "interval");
    }
  }
}
