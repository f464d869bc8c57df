package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which regression to fit on participant data: the response, whether baseline score and
 * sessions attended enter, and categorical covariates each with a named reference level.
 * An intercept is always included, named {@value #INTERCEPT}. A categorical covariate
 * {@code c} with reference {@code r} contributes one 0/1 column {@code c[level]} for each other
 * level present among the analysed rows, in sorted order.
 *
 * @param response the response variable
 * @param baseline whether the baseline score is a covariate (named {@value #BASELINE})
 * @param sessions whether sessions attended is a covariate (named {@value #SESSIONS})
 * @param categories categorical columns mapped to their reference level
 * @since 0.1.0
 */
public record DesignSpec(Response response, boolean baseline, boolean sessions, Map<String, String> categories) {

  /** Name of the intercept column. */
  public static final String INTERCEPT = "(Intercept)";
  /** Name of the baseline column. */
  public static final String BASELINE = "baseline";
  /** Name of the sessions column. */
  public static final String SESSIONS = "sessions";

  /** The response. */
  public enum Response {
    /** Oriented improvement: positive is better whatever the scale. */
    IMPROVEMENT,
    /** Raw change, follow-up minus baseline, as often published. */
    RAW_CHANGE
  }

  /**
   * Creates a specification.
   *
   * @param response response
   * @param baseline baseline enters
   * @param sessions sessions enter
   * @param categories categorical columns and reference levels
   */
  public DesignSpec {
    Args.notNull(response, "response");
    categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Args.noNullEntries(categories,
        "categories")));
  }

  /**
   * Starts a specification with the given response, baseline and sessions included, no categories.
   *
   * @param response the response
   * @return the specification
   */
  public static DesignSpec of(Response response) {
    return new DesignSpec(response, true, true, Map.of());
  }

  /**
   * This specification with one more categorical covariate.
   *
   * @param column the column (declared as a category in the schema)
   * @param referenceLevel the level absorbed by the intercept
   * @return the new specification
   */
  public DesignSpec withCategory(String column, String referenceLevel) {
    Args.notBlank(column, "column");
    Args.notBlank(referenceLevel, "referenceLevel");
    Map<String, String> m = new LinkedHashMap<>(categories);
    m.put(column, referenceLevel);
    return new DesignSpec(response, baseline, sessions, m);
  }
}
