package io.github.commissioningvfm.vfm.voi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.Distributions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * EVPI and EVPPI from net benefit simulations (formulas in the package documentation). Arrays are
 * indexed {@code [strategy][simulation]} for net benefit and {@code [input][simulation]} for inputs.
 *
 * @since 0.1.0
 */
public final class ValueOfInformation {

  private ValueOfInformation() {
  }

  /**
   * {@code EVPI = mean_i max_d NB_d(i) - max_d mean_i NB_d(i)}.
   *
   * @param netBenefit net benefit by strategy and simulation
   * @return the EVPI per person, not negative
   */
  public static double evpi(double[][] netBenefit) {
    int n = check(netBenefit);
    double sumOfMax = 0;
    for (int i = 0; i < n; i++) {
      double best = Double.NEGATIVE_INFINITY;
      for (double[] nb : netBenefit) {
        best = Math.max(best, nb[i]);
      }
      sumOfMax += best;
    }
    return Math.max(0, sumOfMax / n - maxOfMeans(netBenefit));
  }

  /**
   * Single-input EVPPI by the sorting method of Strong and Oakley (2013), "An efficient method for
   * computing single-parameter partial expected value of perfect information", Med Decis Making
   * 33(6):755-766: sort the simulations by the input, cut them into {@code bins} consecutive groups
   * of (nearly) equal size, and estimate
   * {@code EVPPI = sum_b (n_b / N) max_d mean_{i in b} NB_d(i) - max_d mean_i NB_d(i)}.
   *
   * @param netBenefit net benefit by strategy and simulation
   * @param input the input's sampled values, one per simulation
   * @param bins the number of groups, between 1 and N (a common choice is about {@code sqrt(N)})
   * @return the EVPPI per person, not negative
   */
  public static double evppiSorted(double[][] netBenefit, double[] input, int bins) {
    int n = check(netBenefit);
    Args.check(input.length == n, "input", "have one value per simulation (" + n + ")", input.length);
    Args.inRange(bins, 1, n, "bins");
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    // a stable sort of indices in order: tied inputs keep their simulation order
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> input[i]));
    double total = 0;
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) b * n / bins);
      int to = (int) ((long) (b + 1) * n / bins);
      double best = Double.NEGATIVE_INFINITY;
      for (double[] nb : netBenefit) {
        double sum = 0;
        for (int k = from; k < to; k++) {
          sum += nb[order[k]];
        }
        best = Math.max(best, sum);
      }
      total += best;
    }
    return Math.max(0, total / n - maxOfMeans(netBenefit));
  }

  /**
   * EVPPI for a subset of inputs by the regression approach of Strong, Oakley and Brennan (2014),
   * "Estimating multiparameter partial expected value of perfect information from a probabilistic
   * sensitivity analysis sample: a nonparametric regression approach", Med Decis Making
   * 34(3):311-326: the incremental net benefit of each strategy against the first,
   * {@code NB_d - NB_1}, is regressed on the inputs; the fitted values {@code g_d(i)} estimate
   * {@code E(NB_d - NB_1 | phi_i)}, and {@code EVPPI = mean_i max(0, g_2(i), ..) - max(0, mean_i g_2(i), ..)}.
   * The paper recommends a generalised additive model or a Gaussian process as the smoother; this
   * method uses least squares on a full polynomial of the standardised inputs of the given degree
   * (degree 2: constant, linear, squares and pairwise products), which is exact when the conditional
   * expectation is such a polynomial (for example a net benefit linear in the inputs) and otherwise
   * an approximation whose adequacy should be checked, e.g. against {@link #evppiSorted} for one input.
   *
   * @param netBenefit net benefit by strategy and simulation, at least two strategies
   * @param inputs the inputs' sampled values, by input and simulation
   * @param degree 1 or 2
   * @return the EVPPI per person, not negative
   */
  public static double evppiRegression(double[][] netBenefit, double[][] inputs, int degree) {
    int n = check(netBenefit);
    Args.check(netBenefit.length >= 2, "netBenefit", "hold at least two strategies", netBenefit.length);
    Args.check(inputs.length >= 1, "inputs", "hold at least one input", inputs.length);
    Args.inRange(degree, 1, 2, "degree");
    double[][] x = design(inputs, n, degree);
    int p = x.length;
    Args.check(n > p, "simulations", "outnumber the regression's " + p + " terms", n);
    double[][] xtx = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b <= a; b++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += x[a][i] * x[b][i];
        }
        xtx[a][b] = s;
        xtx[b][a] = s;
      }
    }
    double[][] l = Distributions.choleskyLower(xtx, "The regression's cross-product matrix (inputs constant or collinear)");
    int strategies = netBenefit.length;
    double[][] fitted = new double[strategies - 1][n];
    for (int d = 1; d < strategies; d++) {
      double[] xty = new double[p];
      for (int a = 0; a < p; a++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += x[a][i] * (netBenefit[d][i] - netBenefit[0][i]);
        }
        xty[a] = s;
      }
      double[] beta = solve(l, xty);
      for (int i = 0; i < n; i++) {
        double g = 0;
        for (int a = 0; a < p; a++) {
          g += beta[a] * x[a][i];
        }
        fitted[d - 1][i] = g;
      }
    }
    double sumOfMax = 0;
    double[] means = new double[strategies - 1];
    for (int i = 0; i < n; i++) {
      double best = 0;
      for (int d = 0; d < strategies - 1; d++) {
        best = Math.max(best, fitted[d][i]);
        means[d] += fitted[d][i] / n;
      }
      sumOfMax += best;
    }
    double maxOfMeans = 0;
    for (double m : means) {
      maxOfMeans = Math.max(maxOfMeans, m);
    }
    return Math.max(0, sumOfMax / n - maxOfMeans);
  }

  private static double[][] design(double[][] inputs, int n, int degree) {
    int k = inputs.length;
    double[][] z = new double[k][n];
    for (int j = 0; j < k; j++) {
      Args.check(inputs[j].length == n, "inputs[" + j + "]", "have one value per simulation (" + n + ")",
          inputs[j].length);
      double mean = Arrays.stream(inputs[j]).average().orElseThrow();
      double var = 0;
      for (double v : inputs[j]) {
        var += (v - mean) * (v - mean) / n;
      }
      double sd = var > 0 ? Math.sqrt(var) : 1;
      for (int i = 0; i < n; i++) {
        z[j][i] = (inputs[j][i] - mean) / sd;
      }
    }
    int p = 1 + k + (degree == 2 ? k * (k + 1) / 2 : 0);
    double[][] x = new double[p][];
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    x[0] = ones;
    for (int j = 0; j < k; j++) {
      x[1 + j] = z[j];
    }
    if (degree == 2) {
      int c = 1 + k;
      for (int a = 0; a < k; a++) {
        for (int b = a; b < k; b++) {
          double[] col = new double[n];
          for (int i = 0; i < n; i++) {
            col[i] = z[a][i] * z[b][i];
          }
          x[c++] = col;
        }
      }
    }
    return x;
  }

  private static double[] solve(double[][] l, double[] b) {
    int p = b.length;
    double[] y = new double[p];
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= l[i][j] * y[j];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = y[i];
      for (int j = i + 1; j < p; j++) {
        s -= l[j][i] * x[j];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  private static double maxOfMeans(double[][] netBenefit) {
    double best = Double.NEGATIVE_INFINITY;
    for (double[] nb : netBenefit) {
      double sum = 0;
      for (double v : nb) {
        sum += v;
      }
      best = Math.max(best, sum / nb.length);
    }
    return best;
  }

  private static int check(double[][] netBenefit) {
    Args.notNull(netBenefit, "netBenefit");
    Args.check(netBenefit.length >= 1, "netBenefit", "hold at least one strategy", netBenefit.length);
    int n = netBenefit[0].length;
    Args.check(n >= 1, "netBenefit", "hold at least one simulation", n);
    for (int d = 1; d < netBenefit.length; d++) {
      Args.check(netBenefit[d].length == n, "netBenefit[" + d + "]", "have " + n + " simulations like the first",
          netBenefit[d].length);
    }
    return n;
  }
}
