package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.vfm.markov.MarkovModel;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A cohort model whose inputs are uncertain: it names its inputs, draws them, and builds the model
 * for a set of values. The effect analysed is the model's discounted QALYs.
 *
 * @since 0.1.0
 */
public interface ProbabilisticCohortModel {

  /**
   * The inputs' names, recorded with every simulation (for EVPPI). Joint draws (a Dirichlet row, a
   * multivariate normal) contribute one name per component.
   *
   * @return the names
   */
  List<String> inputs();

  /**
   * The inputs at their base-case (mean) values.
   *
   * @return one value per input
   */
  double[] baseCase();

  /**
   * Draws every input, from the iteration's generator only.
   *
   * @param rng the iteration's generator
   * @param values one entry per input to overwrite
   */
  void sample(RandomGenerator rng, double[] values);

  /**
   * The model for given input values.
   *
   * @param values one value per input
   * @return the model
   */
  MarkovModel model(double[] values);
}
