package io.github.commissioningvfm.benchmarks.peers;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.BootstrapResult;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.OutcomeStatistics;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation;
import io.github.commissioningvfm.vfm.outcomes.value.VfmAnalysis;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bootstrap as one process: load {@code participants.csv}, allocate the programme cost per
 * session, and bootstrap the cost-weighted VfM (sum of improvements / sum of costs) with
 * percentile and BCa intervals. Usage: {@code BootstrapPeer <folder>}.
 */
public final class BootstrapPeer {

  private BootstrapPeer() {
  }

  /**
   * Runs the workload.
   *
   * @param args the input folder
   */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    Map<String, String> settings = PeerFiles.settings(folder);
    PeerFiles out = PeerFiles.toStdout();
    long start = System.nanoTime();
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").build();
    ChangeResult change = ChangeAnalysis.of(Cleaner.standard().clean(
        ParticipantData.readCsv(folder.resolve("participants.csv"), schema)));
    double[] cost = VfmAnalysis.allocatedCosts(change, Cost.of(settings.get("programme_cost"),
        settings.get("cost_price_base")), CostAllocation.perSession());
    int b = Integer.parseInt(settings.get("resamples"));
    double level = Double.parseDouble(settings.get("level"));
    BootstrapResult r = Bootstrap.of(b, Long.parseLong(settings.get("seed"))).withLevel(level)
        .withThreads(Integer.parseInt(settings.get("threads")))
        .run(change.size(), OutcomeStatistics.weightedVfm(change.improvements(), cost));
    out.time("work", start);

    out.put("n", change.size());
    out.put("estimate", r.estimate());
    out.putSimulated("se", r.standardError(), r.standardError() / Math.sqrt(2.0 * (b - 1)));
    double tail = (1 - level) / 2;
    endpoints(out, "percentile", r.percentile(), r.standardError(), b, tail);
    endpoints(out, "bca", r.bca().orElseThrow(), r.standardError(), b, tail);
  }

  /**
   * Interval endpoints with the Monte Carlo error of a sample quantile of B replicates, under a
   * normal approximation to the bootstrap distribution: {@code se x sqrt(p (1 - p) / B) / phi(z_p)}.
   */
  private static void endpoints(PeerFiles out, String key, Interval i, double se, int b, double tail) {
    double z = 1.959963984540054;
    double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    double mcse = se * Math.sqrt(tail * (1 - tail) / b) / density;
    out.putSimulated(key + ".lower", i.lower(), mcse);
    out.putSimulated(key + ".upper", i.upper(), mcse);
  }
}
