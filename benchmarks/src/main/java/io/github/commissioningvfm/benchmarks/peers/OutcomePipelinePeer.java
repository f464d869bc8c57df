package io.github.commissioningvfm.benchmarks.peers;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import io.github.commissioningvfm.vfm.outcomes.regression.DesignSpec;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsRegression;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsResult;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation;
import io.github.commissioningvfm.vfm.outcomes.value.VfmAnalysis;
import io.github.commissioningvfm.vfm.outcomes.value.ValueForMoney;
import java.nio.file.Path;
import java.util.Map;

/**
 * The outcome pipeline as one process: load {@code participants.csv}, clean, oriented change,
 * value for money (per-session cost allocation) and OLS of raw change on baseline, sessions,
 * gender and pathway with classical, HC1 and HC3 standard errors.
 * Usage: {@code OutcomePipelinePeer <folder>}.
 */
public final class OutcomePipelinePeer {

  private OutcomePipelinePeer() {
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
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    ParticipantData data = ParticipantData.readCsv(folder.resolve("participants.csv"), schema);
    out.time("load", start);
    long analysis = System.nanoTime();
    CleanedData cleaned = Cleaner.standard().clean(data);
    ChangeResult change = ChangeAnalysis.of(cleaned);
    ValueForMoney vfm = VfmAnalysis.of(change, Cost.of(settings.get("programme_cost"), settings.get("cost_price_base")),
        CostAllocation.perSession());
    OlsResult ols = OlsRegression.fit(change, DesignSpec.of(DesignSpec.Response.RAW_CHANGE)
        .withCategory("gender", settings.get("reference_gender"))
        .withCategory("pathway", settings.get("reference_pathway")));
    out.time("analysis", analysis);
    out.time("work", start);

    out.put("rows_read", cleaned.report().rowsRead());
    out.put("included", cleaned.report().included());
    for (RuleCount c : cleaned.report().counts()) {
      out.put("excluded." + c.ruleId(), c.count());
    }
    figure(out, "change.mean_improvement", change.meanImprovement());
    figure(out, "change.mean_raw_change", change.meanRawChange());
    out.put("change.improved", change.categories().improved());
    out.put("change.unchanged", change.categories().unchanged());
    out.put("change.deteriorated", change.categories().deteriorated());
    figure(out, "change.proportion_improved", change.categories().proportionImproved());
    out.put("vfm.total_improvement", vfm.totalImprovement());
    out.put("vfm.allocated_cost", vfm.allocatedCost());
    figure(out, "vfm.cost_per_session", vfm.costPerSession());
    figure(out, "vfm.unweighted_mean_vfm", vfm.unweightedMeanVfm());
    figure(out, "vfm.weighted_vfm", vfm.weightedVfm());
    figure(out, "vfm.cost_per_point", vfm.costPerPoint());
    out.put("ols.n", ols.n());
    out.put("ols.sigma", ols.sigma());
    out.put("ols.r_squared", ols.rSquared().orElseThrow());
    for (OlsResult.Coefficient c : ols.coefficients()) {
      String k = "ols." + c.term() + ".";
      out.put(k + "estimate", c.estimate());
      out.put(k + "se", c.classical().standardError());
      out.put(k + "se_hc1", c.hc1().standardError());
      out.put(k + "se_hc3", c.hc3().orElseThrow().standardError());
    }
  }

  private static void figure(PeerFiles out, String key, Estimate e) {
    out.put(key, e.value().toDouble().orElseThrow(() -> new IllegalStateException(key + " is " + e.value())));
    e.interval().ifPresent(i -> {
      out.put(key + ".lower", i.lower());
      out.put(key + ".upper", i.upper());
    });
  }
}
