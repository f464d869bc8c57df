package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.Arrays;

/**
 * The rows kept for analysis, as indices into the loaded data, with the audit of what was
 * excluded.
 *
 * @since 0.1.0
 */
public final class CleanedData {

  private final ParticipantData data;
  private final int[] included;
  private final ExclusionReport report;

  CleanedData(ParticipantData data, int[] included, ExclusionReport report) {
    this.data = Args.notNull(data, "data");
    this.included = included;
    this.report = Args.notNull(report, "report");
  }

  /**
   * The loaded data (all rows).
   *
   * @return the data
   */
  public ParticipantData data() {
    return data;
  }

  /**
   * The number of rows included.
   *
   * @return the count
   */
  public int size() {
    return included.length;
  }

  /**
   * The data row index of the k-th included row.
   *
   * @param k 0-based position among included rows
   * @return the row index in {@link #data()}
   */
  public int row(int k) {
    return included[k];
  }

  /**
   * The included row indices, in file order.
   *
   * @return a copy of the indices
   */
  public int[] includedRows() {
    return Arrays.copyOf(included, included.length);
  }

  /**
   * The audit.
   *
   * @return the exclusion report
   */
  public ExclusionReport report() {
    return report;
  }

  /**
   * Rebuilds cleaned data from its parts (for example as read from JSON), checking that they fit
   * as the {@link Cleaner} makes them: the report is of the data's source and rows, the included
   * rows are distinct row indices in file order, {@code rowsRead = included + excluded}, and the
   * excluded rows are exactly the rows not included, in file order, by line and id.
   *
   * @param data the loaded data
   * @param included the included row indices, in file order
   * @param report the audit
   * @return the cleaned data
   * @throws IllegalArgumentException naming what does not add up
   */
  public static CleanedData of(ParticipantData data, int[] included, ExclusionReport report) {
    Args.notNull(data, "data");
    Args.notNull(included, "included");
    Args.notNull(report, "report");
    int[] rows = included.clone();
    Args.check(report.source().equals(data.source()), "report.source", "be the data's source '" + data.source()
        + "'", report.source());
    Args.check(report.rowsRead() == data.size(), "report.rowsRead", "be the data's " + data.size() + " rows",
        report.rowsRead());
    Args.check(report.included() == rows.length, "report.included", "be the " + rows.length + " included rows",
        report.included());
    boolean[] kept = new boolean[data.size()];
    for (int k = 0; k < rows.length; k++) {
      Args.check(rows[k] >= 0 && rows[k] < data.size() && (k == 0 || rows[k] > rows[k - 1]), "included[" + k + "]",
          "be a row index in [0, " + data.size() + ") after the previous one", rows[k]);
      kept[rows[k]] = true;
    }
    int e = 0;
    for (int r = 0; r < data.size(); r++) {
      if (!kept[r]) {
        Exclusion x = report.exclusions().get(e++);
        Args.check(x.line() == data.line(r) && x.participantId().equals(data.participantId(r)),
            "report.exclusions[" + (e - 1) + "]", "be the excluded row at line " + data.line(r) + " ('"
                + data.participantId(r) + "')", x);
      }
    }
    return new CleanedData(data, rows, report);
  }

  /** Value equality: the same data, included rows and report. */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof CleanedData c && Arrays.equals(included, c.included) && report.equals(c.report)
        && data.equals(c.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * data.hashCode() + Arrays.hashCode(included)) + report.hashCode();
  }

  /** For example {@code CleanedData[cyp.csv: 620 rows read, 540 included, 80 excluded]}. */
  @Override
  public String toString() {
    ExclusionReport r = report();
    return "CleanedData[" + r.source() + ": " + r.rowsRead() + " rows read, " + r.included() + " included, "
        + r.excluded() + " excluded]";
  }
}
