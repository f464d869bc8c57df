package io.github.commissioningvfm.benchmarks.peers;

import io.github.commissioningvfm.benchmarks.engine.CrisisServicePsa;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.PsaSummary;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PSA as one process: read the twenty inputs from {@code inputs.csv}, run the
 * {@link CrisisServicePsa} appraisal's PSA with the settings of {@code settings.csv}, and print the
 * base case and the simulated summaries. One PSA evaluates two strategies from the same draws, as
 * the peers do: the Green Book cost-benefit strategy (NPSV, and the acceptability curve from its
 * incremental benefits and costs) and the undiscounted ROI strategy (ROI ratio). The model writes
 * its flows straight into arrays and both strategies have the fast path, so no appraisal is built
 * per iteration. With a second argument {@code n}, the PSA is run
 * {@code n} more times in the same process and the fastest of them is printed as
 * {@code time.warm_ms}. Usage: {@code PsaPeer <folder> [repeats]}.
 */
public final class PsaPeer {

  private PsaPeer() {
  }

  /**
   * Runs the workload.
   *
   * @param args the input folder and optionally the number of warm repeats
   */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    Map<String, String> settings = PeerFiles.settings(folder);
    PeerFiles out = PeerFiles.toStdout();
    long start = System.nanoTime();
    List<UncertainInput> inputs = readInputs(folder.resolve("inputs.csv"));
    UncertaintyAnalysis cba = analysis(inputs, CbaStrategy.greenBook());
    UncertaintyAnalysis roi = analysis(inputs, RoiStrategy.undiscounted());
    List<Double> thresholds = new ArrayList<>();
    for (String t : settings.get("thresholds").split(";")) {
      thresholds.add(Double.parseDouble(t));
    }
    PsaSettings psa = PsaSettings.builder().iterations(Integer.parseInt(settings.get("iterations")))
        .seed(Long.parseLong(settings.get("seed"))).threads(Integer.parseInt(settings.get("threads")))
        .intervalPercent(Double.parseDouble(settings.get("interval_percent"))).thresholds(thresholds).build();
    List<VfmStrategy<?>> both = List.of(cba.strategy(), roi.strategy());
    List<PsaResult> results = cba.psa(psa, both);
    PsaResult npv = results.get(0);
    PsaResult ratio = results.get(1);
    out.time("work", start);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      cba.psa(psa, both);
      best = Math.min(best, System.nanoTime() - t0);
    }
    if (repeats > 0) {
      System.out.println("time.warm_ms=" + best / 1e6);
    }

    int n = psa.iterations();
    InputValues base = cba.baseValues();
    String counterfactual = npv.options().get(0);
    for (String option : npv.options()) {
      if (option.equals(counterfactual)) {
        continue;
      }
      String k = "option." + option + ".";
      out.put("base." + option + ".npv", value(cba.figure(base, option, CbaStrategy.NPSV)));
      out.put("base." + option + ".roi", value(roi.figure(base, option, RoiStrategy.ROI_RATIO)));
      PsaSummary s = npv.summary(option, CbaStrategy.NPSV.id());
      double sd = sd(npv.drawsOf(option, CbaStrategy.NPSV.id()).definedValues());
      out.putSimulated(k + "mean_npv", value(s.mean()), sd / Math.sqrt(n));
      out.putSimulated(k + "sd_npv", sd, sd / Math.sqrt(2.0 * (n - 1)));
      double positive = value(s.probabilityAboveTarget());
      out.putSimulated(k + "p_npv_positive", positive, PeerFiles.proportionSe(positive, n));
      PsaSummary r = ratio.summary(option, RoiStrategy.ROI_RATIO.id());
      out.putSimulated(k + "mean_roi", value(r.mean()));
      double aboveOne = value(r.probabilityAboveTarget());
      out.putSimulated(k + "p_roi_above_one", aboveOne, PeerFiles.proportionSe(aboveOne, n));
    }
    for (AcceptabilityPoint p : npv.acceptability()) {
      for (Map.Entry<String, Double> e : p.probabilityBest().entrySet()) {
        out.putSimulated("ceac." + p.threshold() + "." + e.getKey() + ".p_best", e.getValue(),
            PeerFiles.proportionSe(e.getValue(), n));
      }
      for (Map.Entry<String, Double> e : p.expectedNetBenefit().entrySet()) {
        out.putSimulated("ceac." + p.threshold() + "." + e.getKey() + ".expected_nb", e.getValue());
      }
      System.out.println("info.ceac." + p.threshold() + ".evpi=" + p.evpi());
    }
  }

  private static UncertaintyAnalysis analysis(List<UncertainInput> inputs, VfmStrategy<?> strategy) {
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(CrisisServicePsa.ARRAYS).strategy(strategy);
    inputs.forEach(b::input);
    return b.build();
  }

  private static double value(Figure f) {
    return f.toDouble().orElseThrow(() -> new IllegalStateException("expected a defined figure, got " + f));
  }

  private static double sd(double[] v) {
    double mean = 0;
    for (double x : v) {
      mean += x;
    }
    mean /= v.length;
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  /** Reads {@code name,base,low,high,distribution,p1,p2,p3} rows. */
  static List<UncertainInput> readInputs(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    List<UncertainInput> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      if (f.length != 8) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 8 fields but found " + f.length);
      }
      double p1 = Double.parseDouble(f[5]);
      double p2 = Double.parseDouble(f[6]);
      Distribution d = switch (f[4]) {
        case "lognormal" -> new Distribution.LogNormal(p1, p2);
        case "gamma" -> new Distribution.Gamma(p1, p2);
        case "beta" -> new Distribution.Beta(p1, p2);
        case "pert" -> new Distribution.Pert(p1, p2, Double.parseDouble(f[7]));
        case "triangular" -> new Distribution.Triangular(p1, p2, Double.parseDouble(f[7]));
        case "uniform" -> new Distribution.Uniform(p1, p2);
        case "normal" -> new Distribution.Normal(p1, p2);
        default -> throw new IllegalArgumentException(file + " line " + (i + 1) + " column distribution: unknown '"
            + f[4] + "'");
      };
      out.add(UncertainInput.of(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          d));
    }
    return out;
  }
}
