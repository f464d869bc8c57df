package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which regression to fit on participant data: the response, whether baseline score and
 * sessions attended enter, numeric covariates, and categorical covariates each with a named
 * reference level. An intercept is always included, named {@value #INTERCEPT}. Columns follow in
 * this order: intercept, baseline, sessions, each numeric covariate under its own name, then the
 * dummies. A categorical covariate {@code c} with reference {@code r} contributes one 0/1 column
 * {@code c[level]} for each other level present among the analysed rows, in sorted order.
 *
 * @param response the response variable
 * @param baseline whether the baseline score is a covariate (named {@value #BASELINE})
 * @param sessions whether sessions attended is a covariate (named {@value #SESSIONS})
 * @param numeric numeric covariates, each entering as one column of its values
 * @param categories categorical columns mapped to their reference level
 * @since 0.1.0
 */
public record DesignSpec(Response response, boolean baseline, boolean sessions, List<NumericCovariate> numeric,
    Map<String, String> categories) {

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
   * @param numeric numeric covariates, with distinct names
   * @param categories categorical columns and reference levels
   */
  public DesignSpec {
    Args.notNull(response, "response");
    numeric = List.copyOf(Args.noNullElements(numeric, "numeric"));
    categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Args.noNullEntries(categories,
        "categories")));
    Set<String> names = new HashSet<>();
    for (NumericCovariate c : numeric) {
      Args.check(names.add(c.name()) && !categories.containsKey(c.name()), "numeric",
          "have names distinct from each other and from the categorical covariates", c.name());
    }
  }

  /**
   * Creates a specification without numeric covariates.
   *
   * @param response response
   * @param baseline baseline enters
   * @param sessions sessions enter
   * @param categories categorical columns and reference levels
   */
  public DesignSpec(Response response, boolean baseline, boolean sessions, Map<String, String> categories) {
    this(response, baseline, sessions, List.of(), categories);
  }

  /**
   * Starts a specification with the given response, baseline and sessions included, no categories.
   *
   * @param response the response
   * @return the specification
   */
  public static DesignSpec of(Response response) {
    return new DesignSpec(response, true, true, List.of(), Map.of());
  }

  /**
   * This specification with one more numeric covariate.
   *
   * @param covariate the covariate
   * @return the new specification
   */
  public DesignSpec withNumeric(NumericCovariate covariate) {
    Args.notNull(covariate, "covariate");
    List<NumericCovariate> m = new ArrayList<>(numeric);
    m.add(covariate);
    return new DesignSpec(response, baseline, sessions, m, categories);
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
    return new DesignSpec(response, baseline, sessions, numeric, m);
  }
}
