package io.github.commissioningvfm.vfm.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.BootstrapResult;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.OutcomeStatistics;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import io.github.commissioningvfm.vfm.outcomes.regression.DesignSpec;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsRegression;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsResult;
import io.github.commissioningvfm.vfm.outcomes.value.CostAllocation;
import io.github.commissioningvfm.vfm.outcomes.value.VfmAnalysis;
import io.github.commissioningvfm.vfm.outcomes.value.ValueForMoney;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The end-to-end use shown in the README, on the small test file. */
class OutcomePipelineTest {

  @Test
  void loadCleanChangeValueRegressBootstrap() throws Exception {
    Path file = Path.of(getClass().getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv").toURI());
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").date("first_session_date")
        .categories("gender", "referral_source", "pathway").build();
    ParticipantData data = ParticipantData.readCsv(file, schema);
    CleanedData cleaned = Cleaner.standard().clean(data);
    OutcomeMeasure sdq = StandardOutcomeMeasures.SDQ_TOTAL
        .withMeaningfulChange(new ChangeThreshold(2.86, "as adopted by the evaluation"));
    ChangeResult change = ChangeAnalysis.of(cleaned, sdq);
    Cost cost = Cost.of("2700.00", "2024/25");
    ValueForMoney vfm = VfmAnalysis.of(change, cost, CostAllocation.perSession());
    OlsResult ols = OlsRegression.fit(change, new DesignSpec(DesignSpec.Response.IMPROVEMENT, true, true,
        java.util.Map.of()));
    BootstrapResult ci = Bootstrap.of(1000, 42L).withThreads(2).run(change.size(),
        OutcomeStatistics.weightedVfm(change.improvements(),
            VfmAnalysis.allocatedCosts(change, cost, CostAllocation.perSession())));

    assertEquals(14, cleaned.report().rowsRead());
    assertEquals(5, change.size());
    // cost per meaningful change is derived from the data: 2700 / 5 meaningful improvements = 540,
    // not from a rounded VfM figure by hand
    assertEquals(540.0, vfm.costPerMeaningfulChange().valueOrThrow(), 1e-9);
    assertEquals(vfm.weightedVfm().valueOrThrow(), ci.estimate(), 1e-15);
    // the one-call interval is the same computation as the wiring above
    assertEquals(ci, VfmAnalysis.bootstrapWeightedVfm(change, cost, CostAllocation.perSession(),
        Bootstrap.of(1000, 42L).withThreads(2)));
    BootstrapResult unweighted = VfmAnalysis.bootstrapUnweightedMeanVfm(change, cost, CostAllocation.perSession(),
        Bootstrap.of(500, 7L));
    assertEquals(vfm.unweightedMeanVfm().valueOrThrow(), unweighted.estimate(), 1e-12);
    NullPointerException noBootstrap = org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> VfmAnalysis.bootstrapWeightedVfm(change, cost,
            CostAllocation.perSession(), null));
    assertEquals("Argument 'bootstrap' must not be null", noBootstrap.getMessage());
    assertTrue(ci.percentile().contains(ci.estimate()));
    assertEquals(5, ols.n());
    assertTrue(vfm.describe().contains("unweighted mean VfM"));
    assertTrue(vfm.describe().contains("cost-weighted VfM"));
    // every type a user meets prints readably in JShell
    assertEquals("ParticipantData[cyp-small.csv: 14 rows, " + StandardOutcomeMeasures.SDQ_TOTAL.name()
        + " (sdq_initial -> sdq_final)]", data.toString());
    assertEquals("CleanedData[cyp-small.csv: 14 rows read, 5 included, 9 excluded]", cleaned.toString());
    assertTrue(change.toString().startsWith("ChangeResult[" + sdq.name() + ", 5 participants; mean improvement = "),
        change.toString());
    assertTrue(cleaned.report().toString().startsWith("Cleaning of cyp-small.csv: 14 rows read"));
    for (Object o : java.util.List.of(data, cleaned, change, vfm, ci, change.meanImprovement())) {
      assertFalse(o.toString().matches("(?s).*[A-Za-z]@[0-9a-f]{5,}.*"), o.toString());
      assertFalse(o.toString().contains("Optional["), o.toString());
    }
    assertTrue(ci.percentile().toString().startsWith("95% "), ci.percentile().toString());
  }
}
