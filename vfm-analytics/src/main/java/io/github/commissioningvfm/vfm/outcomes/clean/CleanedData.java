package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.Arrays;

/**
 * The rows kept for analysis, as indices into the loaded data, with the audit of what was
 * excluded.
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

  /** For example {@code CleanedData[cyp.csv: 620 rows read, 540 included, 80 excluded]}. */
  @Override
  public String toString() {
    ExclusionReport r = report();
    return "CleanedData[" + r.source() + ": " + r.rowsRead() + " rows read, " + r.included() + " included, "
        + r.excluded() + " excluded]";
  }
}
