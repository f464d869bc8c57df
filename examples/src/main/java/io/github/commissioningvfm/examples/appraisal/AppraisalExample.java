package io.github.commissioningvfm.examples.appraisal;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.vfm.charts.TornadoChart;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.SensitivityTables;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Funding a VCSE crisis service for ten years, against the status quo.
 *
 * <p>The figures are illustrative, not a real business case: the grant and the volumes of service
 * use avoided are assumptions (each with a range and a distribution), while the unit costs of the
 * avoided use come from the bundled tables with their provenance: NCC 2024/25 for A&amp;E,
 * ambulance and community mental health contacts, and PSSRU for a GP consultation, rebased to
 * {@link #PRICE_BASE} with the GDP deflator. The commissioner pays; the NHS and society save.
 */
public final class AppraisalExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "appraisal";
  /** The price base and first year of the appraisal. */
  public static final FinancialYear PRICE_BASE = FinancialYear.parse("2024/25");
  /** The horizon in years. */
  public static final int YEARS = 10;
  /** The intervention option's name. */
  public static final String FUND = "fund VCSE crisis service";
  /** The counterfactual's name. */
  public static final String STATUS_QUO = "status quo";
  /** PSA iterations. */
  public static final int ITERATIONS = 5_000;
  /** PSA seed. */
  public static final long SEED = 20261123L;
  /** The values of GBP 1 of benefit at which the acceptability curve is drawn. */
  public static final List<Double> THRESHOLDS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0);
  /** The optimism-bias uplift on costs (illustrative). */
  public static final OptimismBias OPTIMISM_BIAS = OptimismBias.ofPercent("10",
      "illustrative uplift on the grant for an untested service model");
  /** Attribution: the share of the avoided use due to others (fixed). */
  public static final String ATTRIBUTION = "0.1";

  /** The name of an uncertain input, in words. */
  public static final String GRANT = "annual grant";
  /** The name of an uncertain input, in words. */
  public static final String AE_AVOIDED = "A&E attendances avoided a year";
  /** The name of an uncertain input, in words. */
  public static final String AMHT_AVOIDED = "community mental health contacts avoided a year";
  /** The name of an uncertain input, in words. */
  public static final String AMBULANCE_AVOIDED = "ambulance see-and-treat incidents avoided a year";
  /** The name of an uncertain input, in words. */
  public static final String GP_AVOIDED = "GP consultations avoided a year";
  /** The name of an uncertain input, in words. */
  public static final String DEADWEIGHT = "deadweight";
  /** The name of an uncertain input, in words. */
  public static final String CARER_VALUE = "value of carers' time released a year";
  /** The unit-cost keys of the avoided use, in benefit order. */
  static final String AE = "ncc.emergency-care.weighted-all";
  static final String AMHT = "ncc.mh-care-contact.a06-community-mental-health-functional";
  static final String AMBULANCE = "ncc.ambulance.see-and-treat";
  static final String GP = "pssru.gp.consultation.with-qualifications";

  /**
   * Creates the example.
   */
  public AppraisalExample() {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Ten-year appraisal of funding a VCSE crisis service (illustrative figures)";
  }

  /**
   * The uncertain inputs: base value, low and high for the tornado, and a distribution for the PSA.
   *
   * @return the inputs
   */
  public static List<UncertainInput> inputs() {
    return List.of(
        UncertainInput.of(GRANT, 235_000, 200_000, 280_000, Distribution.Gamma.ofMeanSd(235_000, 20_000)),
        UncertainInput.of(AE_AVOIDED, 500, 250, 750, new Distribution.Pert(250, 500, 750)),
        UncertainInput.of(AMHT_AVOIDED, 350, 175, 525, new Distribution.Pert(175, 350, 525)),
        UncertainInput.of(AMBULANCE_AVOIDED, 90, 40, 140, new Distribution.Pert(40, 90, 140)),
        UncertainInput.of(GP_AVOIDED, 250, 100, 400, new Distribution.Pert(100, 250, 400)),
        UncertainInput.of(DEADWEIGHT, 0.2, 0.1, 0.4, Distribution.Beta.ofMeanSd(0.2, 0.07)),
        UncertainInput.of(CARER_VALUE, 20_000, 0, 40_000, new Distribution.Uniform(0, 40_000)));
  }

  /**
   * A unit cost from the bundled tables in {@link #PRICE_BASE} prices (rebased with the GDP
   * deflator where its edition is in another price year).
   *
   * @param key the unit-cost key
   * @return the sourced cost
   */
  public static SourcedCost unitCost(String key) {
    UnitCosts costs = UnitCosts.standard();
    SourcedCost published = costs.get(key).sourcedCost();
    return published.cost().priceBase().equals(PRICE_BASE) ? published
        : costs.gdpDeflator().inflatedTo(published, PRICE_BASE);
  }

  /**
   * The appraisal for given input values: the grant (commissioner, with optimism bias applied by
   * the strategy) against avoided A&amp;E attendances, ambulance see-and-treat incidents,
   * community mental health contacts and GP consultations (NHS, non-cashable), each adjusted for
   * deadweight and attribution, and carers' time (society, valued directly).
   *
   * @param in the input values
   * @return the appraisal
   */
  public static Appraisal appraisal(InputValues in) {
    ImpactAdjustments adjustments = ImpactAdjustments.of(in.decimal(DEADWEIGHT).toPlainString(), ATTRIBUTION, "0",
        "0");
    AppraisalOption fund = AppraisalOption.builder(FUND)
        .cost(CostStream.constant("grant", Perspective.COMMISSIONER, pounds(in.get(GRANT)), YEARS))
        .benefit(avoided("A&E attendances avoided", in.decimal(AE_AVOIDED), AE, adjustments))
        .benefit(avoided("community mental health contacts avoided", in.decimal(AMHT_AVOIDED), AMHT, adjustments))
        .benefit(avoided("ambulance see-and-treat incidents avoided", in.decimal(AMBULANCE_AVOIDED), AMBULANCE,
            adjustments))
        .benefit(avoided("GP consultations avoided", in.decimal(GP_AVOIDED), GP, adjustments))
        .benefit(BenefitStream.of("carers' time", Perspective.SOCIETY, false,
            BenefitValuation.direct(Collections.nCopies(YEARS, pounds(in.get(CARER_VALUE))),
                "illustrative value of informal carers' time released")))
        .build();
    AppraisalOption statusQuo = new AppraisalOption(STATUS_QUO, List.of(), List.of(), List.of());
    return Appraisal.builder("VCSE crisis service, ten years").priceBase(PRICE_BASE).horizon(PRICE_BASE, YEARS)
        .option(fund).counterfactual(statusQuo)
        .assumption("Illustrative grant and volumes; unit costs from the bundled NCC 2024/25 and PSSRU tables")
        .assumption("Deadweight " + in.decimal(DEADWEIGHT).toPlainString() + ", attribution " + ATTRIBUTION
            + ", no displacement or drop-off")
        .build();
  }

  private static BenefitStream avoided(String name, BigDecimal volume, String key, ImpactAdjustments adjustments) {
    return new BenefitStream(name, Perspective.NHS, false,
        BenefitValuation.avoidedUse(Collections.nCopies(YEARS, volume), unitCost(key)), adjustments);
  }

  private static Cost pounds(double amount) {
    return new Cost(BigMoney.of(amount), PRICE_BASE);
  }

  /**
   * The cost-benefit strategy: the Green Book schedule with the optimism bias.
   *
   * @return the strategy
   */
  public static CbaStrategy strategy() {
    return CbaStrategy.greenBook().withOptimismBias(OPTIMISM_BIAS);
  }

  /**
   * The uncertainty analysis over {@link #inputs()}.
   *
   * @return the analysis
   */
  public static UncertaintyAnalysis uncertainty() {
    UncertaintyAnalysis.Builder builder = UncertaintyAnalysis.builder(AppraisalExample::appraisal).strategy(strategy());
    inputs().forEach(builder::input);
    return builder.build();
  }

  /**
   * The PSA settings: {@link #ITERATIONS} iterations, seed {@link #SEED}, on every core (the
   * results do not depend on the thread count).
   *
   * @return the settings
   */
  public static PsaSettings psaSettings() {
    return PsaSettings.builder().seed(SEED).iterations(ITERATIONS)
        .threads(Runtime.getRuntime().availableProcessors()).thresholds(THRESHOLDS).build();
  }

  /**
   * The analysis' results.
   *
   * @param baseCase the base-case cost-benefit result
   * @param tornado one-way sensitivities of the NPV, largest swing first, with switching values
   * @param psa the probabilistic sensitivity analysis
   */
  public record Results(CbaResult baseCase, SensitivityTables tornado, PsaResult psa) {
  }

  /**
   * Runs the appraisal, every figure from the library.
   *
   * @param progress where to report steps
   * @return the results
   */
  public static Results analyse(Progress progress) {
    progress.step("base case: Green Book discounting and optimism bias");
    UncertaintyAnalysis ua = uncertainty();
    CbaStrategy cba = strategy();
    CbaResult base = VfmEngine.builder().register(cba).build().evaluate(ua.baseCase(), cba.id(), CbaResult.class);
    progress.step("one-way sensitivities and switching values");
    SensitivityTables tornado = ua.oneWay(FUND, CbaStrategy.NPSV);
    progress.step("PSA: " + ITERATIONS + " iterations");
    PsaResult psa = ua.psa(psaSettings());
    return new Results(base, tornado, psa);
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    Results r = analyse(progress);
    progress.step("writing the report");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    folder.writeCsv(ReportFolder.INPUT_CSV, AppraisalReport.inputCsv());
    folder.writeResult(AppraisalReport.result(r));
    folder.writeChart(tornadoChart(r), "tornado");
    folder.writeChart(ChartAdapters.acceptability("Acceptability curve (" + ITERATIONS + " PSA iterations, "
        + PRICE_BASE + " prices)", "Value placed on £1 of benefit (GBP)", r.psa().acceptability()),
        "acceptability-curve");
    folder.writeReport(AppraisalReport.report(r));
    var fund = r.baseCase().option(FUND);
    var summary = r.psa().summary(FUND, CbaStrategy.NPSV.id());
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        "NPSV " + fund.npsv() + ", BCR " + fund.bcr() + " (" + PRICE_BASE
            + " prices, Green Book discounting, optimism bias " + OPTIMISM_BIAS.uplift() + ")",
        "PSA " + String.format(java.util.Locale.ROOT, "%,d", ITERATIONS) + " iterations: P(NPSV > 0) = " + summary.probabilityAboveTarget()
            + "; largest swing: " + r.tornado().tornado().get(0).input()));
  }

  private static TornadoChart tornadoChart(Results r) {
    return ChartAdapters.tornado("Tornado: NPV when each input is at its low or high value (GBP, " + PRICE_BASE
        + " prices)", "NPV of funding the service (GBP, " + PRICE_BASE + " prices)",
        r.tornado().baseValue().toDouble().orElseThrow(), r.tornado().tornado());
  }



  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new AppraisalExample(), args);
  }
}
