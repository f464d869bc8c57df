package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Arrays;

/**
 * How the rows of a cohort trace are counted into totals: the weight {@code w(t)} given to row
 * {@code t = 0..T} of a run of {@code T} cycles.
 *
 * <ul>
 *   <li>{@link #BEGINNING}: {@code w(t) = 1} for {@code t = 0..T-1}, {@code w(T) = 0} (each cycle
 *       counted at its start);</li>
 *   <li>{@link #END}: {@code w(0) = 0}, {@code w(t) = 1} for {@code t = 1..T} (each cycle counted at
 *       its end);</li>
 *   <li>{@link #HALF_CYCLE}: the trapezoidal rule, {@code w(0) = w(T) = 1/2}, otherwise 1, so that
 *       each cycle counts the mean of its start and end;</li>
 *   <li>{@link #SIMPSON}: Simpson's 1/3 rule, {@code w(0) = w(T) = 1/3}, {@code w(t) = 4/3} for odd
 *       {@code t} and {@code 2/3} for even {@code t} in between; it needs an even number of cycles
 *       and is exact for rewards that are cubic in time (Elbasha and Chhatwal 2016, Med Decis
 *       Making 36(1):115-131).</li>
 * </ul>
 * {@link #custom(double...)} takes any published weight vector as it is.
 *
 * @since 0.1.0
 */
public sealed interface CountingConvention {

  /** Counted at the beginning of each cycle. */
  CountingConvention BEGINNING = new Standard("beginning of cycle");
  /** Counted at the end of each cycle. */
  CountingConvention END = new Standard("end of cycle");
  /** Half-cycle correction (trapezoidal rule). */
  CountingConvention HALF_CYCLE = new Standard("half-cycle correction (trapezoidal)");
  /** Simpson's 1/3 rule (even number of cycles). */
  CountingConvention SIMPSON = new Standard("Simpson's 1/3 rule");

  /**
   * The weights of rows {@code 0..cycles}.
   *
   * @param cycles the number of cycles {@code T}, positive
   * @return {@code T + 1} weights
   */
  double[] weights(int cycles);

  /**
   * Explicit weights, for example to reproduce a published analysis that used its own vector.
   *
   * @param weights one weight per trace row, {@code T + 1} of them, finite and not negative
   * @return the convention
   */
  static CountingConvention custom(double... weights) {
    return new Custom(weights);
  }

  /**
   * One of the four named conventions.
   *
   * @param name the name
   */
  record Standard(String name) implements CountingConvention {
    /** Validates. */
    public Standard {
      Args.notBlank(name, "name");
    }

    @Override
    public double[] weights(int cycles) {
      Args.positive(cycles, "cycles");
      double[] w = new double[cycles + 1];
      switch (name) {
        case "beginning of cycle" -> Arrays.fill(w, 0, cycles, 1);
        case "end of cycle" -> Arrays.fill(w, 1, cycles + 1, 1);
        case "half-cycle correction (trapezoidal)" -> {
          Arrays.fill(w, 1);
          w[0] = 0.5;
          w[cycles] = 0.5;
        }
        default -> {
          if (cycles % 2 != 0) {
            throw new IllegalArgumentException("Simpson's 1/3 rule needs an even number of cycles, not " + cycles
                + "; run one cycle more or fewer, or use the half-cycle correction");
          }
          for (int t = 1; t < cycles; t++) {
            w[t] = t % 2 == 1 ? 4.0 / 3 : 2.0 / 3;
          }
          w[0] = 1.0 / 3;
          w[cycles] = 1.0 / 3;
        }
      }
      return w;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Caller-supplied weights.
   *
   * @param values one weight per trace row
   */
  record Custom(double[] values) implements CountingConvention {
    /** Validates and copies. */
    public Custom {
      Args.notNull(values, "values");
      Args.check(values.length >= 2, "values", "hold at least two weights (rows 0 and 1)", values.length);
      values = values.clone();
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i]) || values[i] < 0) {
          throw new IllegalArgumentException("Counting weight " + i + " must be finite and not negative: " + values[i]);
        }
      }
    }

    @Override
    public double[] weights(int cycles) {
      if (cycles + 1 != values.length) {
        throw new IllegalArgumentException("Custom counting weights cover " + (values.length - 1)
            + " cycles, but the model runs " + cycles);
      }
      return values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Custom c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "custom weights " + Arrays.toString(values);
    }
  }
}
