package io.github.commissioningvfm.examples.wellby;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.jackson.VfmJacksonModule;
import io.github.commissioningvfm.vfm.report.TextReport;
import io.github.commissioningvfm.vfm.tablesaw.TablesawExport;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.SensitivityTables;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A peer-support programme appraised in WELLBYs by the plugged-in {@link WellbyStrategy}, found
 * through {@code META-INF/services}: base case, tornado, PSA with acceptability curve, text, JSON and
 * Tablesaw, all through the same calls as a built-in strategy. Illustrative inputs.
 */
public final class WellbyExample {

  /** The price base of the appraisal. */
  public static final FinancialYear PRICE_BASE = FinancialYear.parse("2024/25");
  /** The funded option. */
  public static final String OPTION = "peer support";
  /** The counterfactual. */
  public static final String STATUS_QUO = "status quo";
  /** Years appraised. */
  public static final int YEARS = 5;
  /** The PSA seed. */
  public static final long SEED = 20_260_521L;

  private WellbyExample() {
  }

  /**
   * The uncertain inputs: people helped a year, life-satisfaction gain per person (0-10 scale) and
   * the yearly grant.
   *
   * @return the inputs
   */
  public static List<UncertainInput> inputs() {
    return List.of(
        UncertainInput.of("people", 300, 200, 400, Distribution.Gamma.ofMeanSd(300, 40)),
        UncertainInput.of("lifeSatisfactionGain", 0.1, 0.03, 0.2, new Distribution.Pert(0.03, 0.1, 0.2)),
        UncertainInput.of("grant", 250_000, 220_000, 300_000, Distribution.Gamma.ofMeanSd(250_000, 20_000)));
  }

  /**
   * The appraisal for given inputs: WELLBYs a year = people x gain, for {@link #YEARS} years.
   *
   * @param in the inputs
   * @return the appraisal
   */
  public static Appraisal appraisal(InputValues in) {
    BigDecimal wellbys = in.decimal("people").multiply(in.decimal("lifeSatisfactionGain"));
    Cost grant = new Cost(BigMoney.of(in.decimal("grant")), PRICE_BASE);
    AppraisalOption fund = AppraisalOption.builder(OPTION)
        .cost(new CostStream("grant", Perspective.COMMISSIONER, Collections.nCopies(YEARS, grant)))
        .effect(new EffectStream(WellbyStrategy.MEASURE, Collections.nCopies(YEARS, wellbys))).build();
    AppraisalOption none = AppraisalOption.builder(STATUS_QUO)
        .effect(new EffectStream(WellbyStrategy.MEASURE, Collections.nCopies(YEARS, BigDecimal.ZERO))).build();
    return Appraisal.builder("Peer support: wellbeing appraisal").priceBase(PRICE_BASE).horizon(PRICE_BASE, YEARS)
        .option(fund).counterfactual(none).assumption("Illustrative inputs").build();
  }

  /**
   * What the example produces.
   *
   * @param engine the engine (built-ins and discovered strategies)
   * @param base the base-case result
   * @param tornado the one-way sensitivity of the net wellbeing value
   * @param psa the PSA
   * @param json the base-case result as JSON
   * @param tables the base-case result as Tablesaw tables
   */
  public record Results(VfmEngine engine, WellbyResult base, SensitivityTables tornado, PsaResult psa, String json,
      List<Table> tables) {
  }

  /**
   * Runs the example.
   *
   * @param iterations PSA iterations
   * @return the results
   */
  public static Results run(int iterations) {
    VfmEngine engine = VfmEngine.builder().registerBuiltIns().discoverStrategies().build();
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(WellbyExample::appraisal)
        .strategy(engine.strategy(WellbyStrategy.ID));
    inputs().forEach(b::input);
    UncertaintyAnalysis ua = b.build();
    WellbyResult base = engine.evaluate(ua.baseCase(), WellbyStrategy.ID, WellbyResult.class);
    SensitivityTables tornado = ua.oneWay(OPTION, WellbyStrategy.NET_VALUE);
    PsaResult psa = ua.psa(PsaSettings.builder().seed(SEED).iterations(iterations).threads(2)
        .thresholds(List.of(0.0, 5_000.0, 10_000.0, 13_000.0, 16_000.0, 20_000.0)).build());
    String json;
    try {
      json = new ObjectMapper().registerModule(VfmJacksonModule.forEngine(engine)).writeValueAsString(base);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the WELLBY result as JSON: " + e.getOriginalMessage(), e);
    }
    return new Results(engine, base, tornado, psa, json, TablesawExport.toTables(base));
  }

  /**
   * The plain-language bottom line, first in the printout: what it cost, what it achieved and how
   * sure we are.
   *
   * @param results the results
   * @return three lines of text
   */
  public static String bottomLine(Results results) {
    WellbyResult.Option o = results.base().options().stream().filter(x -> x.option().equals(OPTION)).findFirst()
        .orElseThrow();
    var psa = results.psa().summary(OPTION, WellbyStrategy.NET_VALUE.id());
    String wellbys = o.incrementalWellbys().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    return "Bottom line\n"
        + "  What it cost: " + o.incrementalCost() + " over " + YEARS + " years, more than "
        + results.base().counterfactual() + ".\n"
        + "  What it achieved: " + wellbys + " more WELLBYs (one point of life satisfaction for one person for one "
        + "year), worth " + o.wellbeingValue() + " at " + results.base().valuePerWellby() + " per WELLBY; "
        + o.benefitCostRatio() + " of wellbeing for every £1, a net value of " + o.netValue() + ".\n"
        + "  How sure we are: the net value is above zero in " + psa.probabilityAboveTarget() + " of "
        + "the simulations of the uncertain inputs; the inputs are illustrative, so read this as the method.\n";
  }

  /**
   * Prints the example.
   *
   * @param results the results
   * @param out where to print
   */
  public static void print(Results results, PrintStream out) {
    out.println(bottomLine(results));
    out.println(TextReport.render(results.base()));
    out.println(results.tornado());
    out.println(TextReport.render(results.psa()));
    out.println(results.json());
    results.tables().forEach(t -> out.println(t.print()));
  }

  /**
   * Runs and prints the example with 2,000 PSA iterations.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(run(2_000), System.out);
  }
}
