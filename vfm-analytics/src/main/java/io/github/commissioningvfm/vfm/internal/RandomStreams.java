package io.github.commissioningvfm.vfm.internal;

import java.util.SplittableRandom;

/**
 * Seeded random number streams, one per iteration index, so that a Monte Carlo run gives the same
 * numbers whatever the number of threads and whatever order the iterations run in.
 *
 * <p>Each iteration {@code i} draws from its own {@link SplittableRandom} whose seed is a SplitMix64
 * mix of the master seed and {@code i}:
 * {@code seed(i) = mix64(masterSeed + (i + 1) * 0x9E3779B97F4A7C15L)}. The stream for an index is
 * therefore a pure function of {@code (masterSeed, i)}: a thread that runs iterations 5000 to 9999
 * draws exactly what a single thread draws for them. Streams for different indices are
 * statistically independent for practical purposes (SplitMix64 is the seed generator of
 * {@code SplittableRandom} itself).
 *
 * <p>Usage: create one {@code RandomStreams} per run, give each iteration
 * {@code streams.forIteration(i)}, and combine per-iteration results in index order (for example
 * by writing them to {@code result[i]}), never in completion order.
 *
 * <pre>{@code
 * RandomStreams streams = RandomStreams.of(20261123L);
 * double[] draws = new double[n];
 * IntStream.range(0, n).parallel().forEach(i -> draws[i] = streams.forIteration(i).nextDouble());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the returned {@code SplittableRandom} is not and
 * must be used by one thread only.
 *
 * @param seed the master seed of the run
 */
public record RandomStreams(long seed) {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /**
   * Creates the streams of a run.
   *
   * @param seed the master seed
   * @return the streams
   */
  public static RandomStreams of(long seed) {
    return new RandomStreams(seed);
  }

  /**
   * Returns a fresh generator for one iteration; calling it twice with the same index gives two
   * generators producing the same sequence.
   *
   * @param iteration the iteration index, not negative
   * @return a new generator, to be used by one thread
   */
  public SplittableRandom forIteration(long iteration) {
    if (iteration < 0) {
      throw new IllegalArgumentException("Argument 'iteration' must not be negative: " + iteration);
    }
    return new SplittableRandom(seedOf(iteration));
  }

  /**
   * Returns the derived seed of one iteration's generator:
   * {@code mix64(seed + (iteration + 1) * 0x9E3779B97F4A7C15L)}.
   *
   * @param iteration the iteration index, not negative
   * @return the derived seed
   */
  public long seedOf(long iteration) {
    if (iteration < 0) {
      throw new IllegalArgumentException("Argument 'iteration' must not be negative: " + iteration);
    }
    return mix64(seed + (iteration + 1) * GOLDEN_GAMMA);
  }

  /**
   * Returns a sub-run's streams, for a nested loop that needs its own independent sequence of
   * iterations (for example an inner loop of a value-of-information estimate): the sub-run seed is
   * {@code seedOf(iteration)} of this run.
   *
   * @param iteration the outer iteration index, not negative
   * @return the streams of the nested run
   */
  public RandomStreams child(long iteration) {
    return new RandomStreams(seedOf(iteration));
  }

  /** SplitMix64 finaliser (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators"). */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
