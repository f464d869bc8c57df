package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import java.util.List;

/**
 * An {@link AppraisalModel} that can also write its appraisal's flows straight into
 * {@link AppraisalArrays} from the input values as a {@code double[]}, so that a PSA of strategies
 * with the {@link io.github.commissioningvfm.vfm.spi.FastHeadlines} capability builds no
 * {@code Appraisal}, no decimal and no boxed value per iteration.
 *
 * <p>The arrays must hold what {@link AppraisalArrays#write} would write from {@link #build} at the
 * same values; uncertainty analysis checks this at the base values before a PSA and refuses a model
 * whose two forms disagree. Strategies without the fast capability still get {@link #build}.
 *
 * <pre>{@code
 * ArrayAppraisalModel model = new ArrayAppraisalModel() {
 *   public Appraisal build(InputValues in) { ... }
 *   public Writer arrayWriter(List<String> names) {
 *     int cost = names.indexOf("cost");
 *     return (x, flows) -> {
 *       for (int t = 0; t < flows.years(); t++) {
 *         flows.addCost(1, Perspective.COMMISSIONER, t, x[cost]);
 *       }
 *     };
 *   }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ArrayAppraisalModel extends AppraisalModel {

  /**
   * Prepares a writer for input values given in an order (look names up here, once, not per call).
   *
   * @param inputNames the inputs' names, in the order of the values the writer receives
   * @return the writer, to be called from several threads at once
   */
  Writer arrayWriter(List<String> inputNames);

  /** Writes the flows of the appraisal at given input values. */
  @FunctionalInterface
  interface Writer {
    /**
     * Adds the flows (the arrays are all zero when it is called).
     *
     * @param inputs the input values, in the order given to {@link #arrayWriter}
     * @param flows the arrays to add the flows to, shaped like the base-case appraisal
     */
    void write(double[] inputs, AppraisalArrays flows);
  }
}
