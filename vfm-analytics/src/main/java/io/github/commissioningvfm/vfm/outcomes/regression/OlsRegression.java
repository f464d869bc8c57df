package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fits a {@link DesignSpec} to analysed participants with the two-pass accumulators.
 *
 * <pre>{@code
 * OlsResult fit = OlsRegression.fit(change, DesignSpec.of(DesignSpec.Response.RAW_CHANGE)
 *     .withCategory("gender", "F").withCategory("pathway", "Anxiety"));
 * fit.coefficient("sessions").hc3();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OlsRegression {

  private final List<String> names;
  private final int[] categoryIndex;
  private final int[][] dummyOfCode;
  private final double[][] numericByRow;
  private final DesignSpec spec;

  private OlsRegression(DesignSpec spec, List<String> names, int[] categoryIndex, int[][] dummyOfCode,
      double[][] numericByRow) {
    this.spec = spec;
    this.names = List.copyOf(names);
    this.categoryIndex = categoryIndex;
    this.dummyOfCode = dummyOfCode;
    this.numericByRow = numericByRow;
  }

  /**
   * Fits the specification.
   *
   * @param change the analysed participants and their change
   * @param spec the model
   * @return the result
   * @throws IllegalArgumentException if a category is undeclared, its reference level is absent,
   *     or it has a single level among the analysed rows, or a numeric covariate lacks an analysed
   *     participant's value
   */
  public static OlsResult fit(ChangeResult change, DesignSpec spec) {
    OlsRegression design = design(change.cleaned(), spec);
    int n = change.size();
    OlsAccumulator first = OlsAccumulator.of(design.names.size());
    double[] x = new double[design.names.size()];
    for (int k = 0; k < n; k++) {
      design.encode(change, k, x);
      first.add(x, design.response(change, k));
    }
    OlsSolution solution = first.solve(design.names);
    ResidualAccumulator second = ResidualAccumulator.of(solution);
    for (int k = 0; k < n; k++) {
      design.encode(change, k, x);
      second.add(x, design.response(change, k));
    }
    return second.finish(0.95, List.of("Response: " + (spec.response() == DesignSpec.Response.IMPROVEMENT
        ? "oriented improvement (positive is better)" : "raw change, follow-up minus baseline (not oriented: on a"
        + " lower-is-better measure a negative coefficient means more improvement)") + "."));
  }

  /**
   * Builds the design (column names and dummy coding) for cleaned data.
   *
   * @param cleaned the analysed rows
   * @param spec the model
   * @return the design
   */
  public static OlsRegression design(CleanedData cleaned, DesignSpec spec) {
    Args.notNull(cleaned, "cleaned");
    Args.notNull(spec, "spec");
    ParticipantData d = cleaned.data();
    List<String> names = new ArrayList<>(List.of(DesignSpec.INTERCEPT));
    if (spec.baseline()) {
      names.add(DesignSpec.BASELINE);
    }
    if (spec.sessions()) {
      names.add(DesignSpec.SESSIONS);
    }
    double[][] numericByRow = new double[spec.numeric().size()][d.size()];
    for (int c = 0; c < numericByRow.length; c++) {
      NumericCovariate covariate = spec.numeric().get(c);
      for (int k = 0; k < cleaned.size(); k++) {
        int r = cleaned.row(k);
        numericByRow[c][r] = covariate.valueOf(d.participantId(r), d.source(), d.line(r));
      }
      names.add(covariate.name());
    }
    List<String> declared = d.schema().categoryColumns();
    int[] categoryIndex = new int[spec.categories().size()];
    int[][] dummyOfCode = new int[spec.categories().size()][];
    int c = 0;
    for (Map.Entry<String, String> e : spec.categories().entrySet()) {
      int idx = declared.indexOf(e.getKey());
      Args.check(idx >= 0, "categories", "name a category column declared in the schema " + declared, e.getKey());
      categoryIndex[c] = idx;
      List<String> levels = d.levels(idx);
      boolean[] present = new boolean[levels.size()];
      for (int k = 0; k < cleaned.size(); k++) {
        present[d.categoryCode(idx, cleaned.row(k))] = true;
      }
      TreeSet<String> seen = new TreeSet<>();
      for (int l = 0; l < levels.size(); l++) {
        if (present[l]) {
          seen.add(levels.get(l));
        }
      }
      if (seen.size() < 2) {
        throw new IllegalArgumentException("Covariate '" + e.getKey() + "' has a single level " + seen
            + " among the " + cleaned.size() + " analysed rows of '" + d.source() + "'; it cannot be estimated:"
            + " remove it from the model");
      }
      Args.check(seen.contains(e.getValue()), "referenceLevel of '" + e.getKey() + "'",
          "be one of the levels present " + seen, e.getValue());
      int[] map = new int[levels.size()];
      java.util.Arrays.fill(map, -1);
      for (String level : seen) {
        if (!level.equals(e.getValue())) {
          map[levels.indexOf(level)] = names.size();
          names.add(e.getKey() + "[" + level + "]");
        }
      }
      dummyOfCode[c] = map;
      c++;
    }
    return new OlsRegression(spec, names, categoryIndex, dummyOfCode, numericByRow);
  }

  /**
   * The column names of X, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * Writes the k-th analysed participant's row of X into {@code x}.
   *
   * @param change the change result
   * @param k position among included rows
   * @param x the row buffer, length {@code names().size()}
   */
  public void encode(ChangeResult change, int k, double[] x) {
    java.util.Arrays.fill(x, 0);
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    int r = cleaned.row(k);
    int j = 0;
    x[j++] = 1;
    if (spec.baseline()) {
      x[j++] = d.baseline(r);
    }
    if (spec.sessions()) {
      x[j++] = d.sessions(r);
    }
    for (double[] values : numericByRow) {
      x[j++] = values[r];
    }
    for (int c = 0; c < categoryIndex.length; c++) {
      int col = dummyOfCode[c][d.categoryCode(categoryIndex[c], r)];
      if (col >= 0) {
        x[col] = 1;
      }
    }
  }

  /**
   * The k-th analysed participant's response.
   *
   * @param change the change result
   * @param k position among included rows
   * @return the response
   */
  public double response(ChangeResult change, int k) {
    if (spec.response() == DesignSpec.Response.IMPROVEMENT) {
      return change.improvement(k);
    }
    ParticipantData d = change.cleaned().data();
    int r = change.cleaned().row(k);
    return d.followUp(r) - d.baseline(r);
  }
}
