package io.github.commissioningvfm.examples.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded draws shared by the generators. */
final class Draws {

  private final SplittableRandom random;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A uniform double in [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  /** A uniform int in [low, high]. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A normal draw by the Box-Muller transform (stable across JDK versions). */
  double normal(double mean, double sd) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return mean + sd * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** One of the labels, drawn with the given weights (which need not sum to one). */
  <T> T pick(List<Weighted<T>> options) {
    double total = 0;
    for (Weighted<T> w : options) {
      total += w.weight();
    }
    double u = random.nextDouble() * total;
    for (Weighted<T> w : options) {
      u -= w.weight();
      if (u < 0) {
        return w.value();
      }
    }
    return options.get(options.size() - 1).value();
  }

  /** A value with a relative weight. */
  record Weighted<T>(T value, double weight) {
  }

  /** Splits a total into parts proportional to the shares, by largest remainder (sums exactly). */
  static int[] apportion(int total, List<Double> shares) {
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    int[] parts = new int[shares.size()];
    double[] remainders = new double[shares.size()];
    int assigned = 0;
    for (int i = 0; i < parts.length; i++) {
      double exact = total * shares.get(i) / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      assigned += parts[i];
    }
    while (assigned < total) {
      int best = 0;
      for (int i = 1; i < parts.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
      assigned++;
    }
    return parts;
  }

  /** The options as "value weight, value weight" for a report. */
  static String describe(List<? extends Weighted<?>> options) {
    StringBuilder out = new StringBuilder();
    for (Weighted<?> w : options) {
      out.append(out.length() == 0 ? "" : ", ").append(w.value()).append(' ').append(w.weight());
    }
    return out.toString();
  }
}
