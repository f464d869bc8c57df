package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * Descriptive statistics of the covariates of a {@link DesignSpec} over the analysed participants:
 * for each numeric covariate (baseline, sessions, and each {@link NumericCovariate}) the count,
 * mean, standard deviation, minimum and maximum; for each categorical covariate the count and
 * share of every level present.
 *
 * <p>Formulas: {@code mean = sum x_i / n}; {@code sd = sqrt(sum (x_i - mean)^2 / (n - 1))} (the
 * sample standard deviation, as R's {@code sd}); {@code share = count / n}.
 *
 * @param n the analysed participants
 * @param numeric one summary per numeric covariate, in model order
 * @param categorical one summary per categorical covariate, in model order
 * @since 0.1.0
 */
public record CovariateTable(long n, List<NumericSummary> numeric, List<CategoricalSummary> categorical) {

  /**
   * Validates the table.
   *
   * @param n participants
   * @param numeric numeric summaries
   * @param categorical categorical summaries
   */
  public CovariateTable {
    Args.positive(n, "n");
    numeric = List.copyOf(Args.noNullElements(numeric, "numeric"));
    categorical = List.copyOf(Args.noNullElements(categorical, "categorical"));
  }

  /**
   * Describes the covariates of a model over the analysed participants of a change result.
   *
   * @param change the analysed participants
   * @param spec the model whose covariates are described
   * @return the table
   * @throws IllegalArgumentException if fewer than two participants are analysed, a categorical
   *     covariate is not declared in the schema, or a numeric covariate lacks a participant's value
   */
  public static CovariateTable of(ChangeResult change, DesignSpec spec) {
    Args.notNull(change, "change");
    Args.notNull(spec, "spec");
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    int n = change.size();
    Args.check(n >= 2, "analysed participants", "be at least 2 for a standard deviation", n);
    List<NumericSummary> numeric = new ArrayList<>();
    if (spec.baseline()) {
      numeric.add(NumericSummary.of(DesignSpec.BASELINE, d.schema().measure().name() + " points", n,
          k -> d.baseline(cleaned.row(k))));
    }
    if (spec.sessions()) {
      numeric.add(NumericSummary.of(DesignSpec.SESSIONS, "sessions", n, k -> d.sessions(cleaned.row(k))));
    }
    for (NumericCovariate c : spec.numeric()) {
      numeric.add(NumericSummary.of(c.name(), c.unit(), n, k -> {
        int r = cleaned.row(k);
        return c.valueOf(d.participantId(r), d.source(), d.line(r));
      }));
    }
    List<CategoricalSummary> categorical = new ArrayList<>();
    List<String> declared = d.schema().categoryColumns();
    for (Map.Entry<String, String> e : spec.categories().entrySet()) {
      int idx = declared.indexOf(e.getKey());
      Args.check(idx >= 0, "categories", "name a category column declared in the schema " + declared, e.getKey());
      Map<String, Long> counts = new TreeMap<>();
      List<String> levels = d.levels(idx);
      for (int k = 0; k < n; k++) {
        counts.merge(levels.get(d.categoryCode(idx, cleaned.row(k))), 1L, Long::sum);
      }
      List<LevelShare> shares = new ArrayList<>();
      counts.forEach((level, count) -> shares.add(new LevelShare(level, count, (double) count / n)));
      categorical.add(new CategoricalSummary(e.getKey(), e.getValue(), shares));
    }
    return new CovariateTable(n, numeric, categorical);
  }

  /**
   * The summary of one numeric covariate.
   *
   * @param name the covariate's name in the model
   * @return the summary
   * @throws IllegalArgumentException if there is none, listing those there are
   */
  public NumericSummary numeric(String name) {
    return numeric.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("No numeric covariate '" + name + "'; described: "
            + numeric.stream().map(NumericSummary::name).toList()));
  }

  /**
   * The summary of one categorical covariate.
   *
   * @param name the covariate's column
   * @return the summary
   * @throws IllegalArgumentException if there is none, listing those there are
   */
  public CategoricalSummary categorical(String name) {
    return categorical.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("No categorical covariate '" + name + "'; described: "
            + categorical.stream().map(CategoricalSummary::name).toList()));
  }

  /** A plain-text table: one line per numeric covariate, then one line per level. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Covariates of %d analysed participants%n", n));
    sb.append(String.format(Locale.ROOT, "%-24s %-28s %8s %10s %10s %10s %10s%n", "covariate", "unit", "n", "mean",
        "sd", "min", "max"));
    for (NumericSummary s : numeric) {
      sb.append(String.format(Locale.ROOT, "%-24s %-28s %8d %10.3f %10.3f %10.3f %10.3f%n", s.name(), s.unit(),
          s.n(), s.mean(), s.sd(), s.min(), s.max()));
    }
    for (CategoricalSummary c : categorical) {
      sb.append(String.format(Locale.ROOT, "%-24s %-28s %8s %10s%n", c.name() + " (reference " + c.reference() + ")",
          "level", "n", "share"));
      for (LevelShare l : c.levels()) {
        sb.append(String.format(Locale.ROOT, "%-24s %-28s %8d %9.1f%%%n", "", l.level(), l.count(), 100 * l.share()));
      }
    }
    return sb.toString();
  }

  /**
   * Count, mean, sample standard deviation, minimum and maximum of one numeric covariate.
   *
   * @param name the covariate
   * @param unit its unit
   * @param n the participants
   * @param mean the mean
   * @param sd the sample standard deviation (divisor n - 1)
   * @param min the minimum
   * @param max the maximum
   */
  public record NumericSummary(String name, String unit, long n, double mean, double sd, double min, double max) {
    /**
     * Validates the summary.
     *
     * @param name name
     * @param unit unit
     * @param n n
     * @param mean mean
     * @param sd sd
     * @param min min
     * @param max max
     */
    public NumericSummary {
      Args.notBlank(name, "name");
      Args.notBlank(unit, "unit");
      Args.positive(n, "n");
      Args.finite(mean, "mean");
      Args.notNegative(sd, "sd");
      Args.finite(min, "min");
      Args.finite(max, "max");
      Args.check(min <= mean && mean <= max, "mean", "lie between min " + min + " and max " + max, mean);
    }

    static NumericSummary of(String name, String unit, int n, IntToDoubleFunction value) {
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        double v = value.applyAsDouble(k);
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      double mean = Math.min(max, Math.max(min, sum / n));
      double squares = 0;
      for (int k = 0; k < n; k++) {
        double dev = value.applyAsDouble(k) - mean;
        squares += dev * dev;
      }
      return new NumericSummary(name, unit, n, mean, Math.sqrt(squares / (n - 1)), min, max);
    }
  }

  /**
   * The levels of one categorical covariate among the analysed participants.
   *
   * @param name the covariate's column
   * @param reference the reference level in the model
   * @param levels every level present, in sorted order, with its count and share
   */
  public record CategoricalSummary(String name, String reference, List<LevelShare> levels) {
    /**
     * Validates the summary.
     *
     * @param name name
     * @param reference reference level
     * @param levels levels
     */
    public CategoricalSummary {
      Args.notBlank(name, "name");
      Args.notBlank(reference, "reference");
      levels = List.copyOf(Args.notEmpty(levels, "levels"));
    }
  }

  /**
   * One level's count and share of the analysed participants.
   *
   * @param level the level
   * @param count participants at this level
   * @param share count / n
   */
  public record LevelShare(String level, long count, double share) {
    /**
     * Validates the level.
     *
     * @param level level
     * @param count count
     * @param share share
     */
    public LevelShare {
      Args.notBlank(level, "level");
      Args.positive(count, "count");
      Args.inRange(share, 0, 1, "share");
    }
  }
}
