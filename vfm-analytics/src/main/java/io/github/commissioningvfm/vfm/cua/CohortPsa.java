package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Parallel;
import io.github.commissioningvfm.vfm.internal.RandomStreams;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovStrategy;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;

/**
 * Probabilistic sensitivity analysis of a cohort model: simulation {@code i} draws the inputs from
 * its own random stream (seed mixed with {@code i}), builds the model and records each strategy's
 * discounted cost and QALYs, so the result is identical for any number of threads.
 *
 * @since 0.1.0
 */
public final class CohortPsa {

  private CohortPsa() {
  }

  /**
   * Runs the simulations.
   *
   * @param model the probabilistic model
   * @param iterations the number of simulations, 1 to {@link PsaSettings#MAX_ITERATIONS}
   * @param seed the master seed
   * @param threads the number of threads, 1 to {@link PsaSettings#MAX_THREADS}
   * @return the simulations, with the inputs' sampled values
   * @throws IllegalStateException naming the simulation, if building or running its model fails; a
   *     runtime exception of the sampler reaches the caller as itself
   */
  public static Simulations run(ProbabilisticCohortModel model, int iterations, long seed, int threads) {
    Args.notNull(model, "model");
    Args.inRange(iterations, 1, PsaSettings.MAX_ITERATIONS, "iterations");
    Args.inRange(threads, 1, PsaSettings.MAX_THREADS, "threads");
    List<String> inputs = List.copyOf(model.inputs());
    MarkovModel base = model.model(model.baseCase());
    List<String> strategies = base.strategies().stream().map(MarkovStrategy::name).toList();
    int k = strategies.size();
    double[][] costs = new double[k][iterations];
    double[][] effects = new double[k][iterations];
    double[][] values = new double[inputs.size()][iterations];
    RandomStreams streams = RandomStreams.of(seed);
    int chunks = Math.min(iterations, threads * 8);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Parallel.forEach(pool, chunks, c -> runChunk(model, base, streams, (int) ((long) c * iterations / chunks),
          (int) ((long) (c + 1) * iterations / chunks), costs, effects, values), "PSA");
    } finally {
      pool.shutdown();
    }
    Map<String, double[]> in = new LinkedHashMap<>();
    for (int p = 0; p < inputs.size(); p++) {
      in.put(inputs.get(p), values[p]);
    }
    return Simulations.of(strategies, costs, effects, in);
  }

  /** Runs simulations {@code from} to {@code to - 1} into the result arrays. */
  private static void runChunk(ProbabilisticCohortModel model, MarkovModel base, RandomStreams streams, int from,
      int to, double[][] costs, double[][] effects, double[][] values) {
    int k = costs.length;
    double[] v = new double[values.length];
    double[] totals = new double[3 * k];
    MarkovModel.Workspace ws = base.newWorkspace();
    for (int i = from; i < to; i++) {
      SplittableRandom rng = streams.forIteration(i);
      model.sample(rng, v);
      try {
        model.model(v).totals(ws, totals);
      } catch (RuntimeException e) {
        throw new IllegalStateException("PSA simulation " + i + " failed: " + e.getMessage(), e);
      }
      for (int s = 0; s < k; s++) {
        costs[s][i] = totals[3 * s];
        effects[s][i] = totals[3 * s + 1];
      }
      for (int p = 0; p < v.length; p++) {
        values[p][i] = v[p];
      }
    }
  }
}
