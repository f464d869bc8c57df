package io.github.commissioningvfm.examples.appraisal;

import static io.github.commissioningvfm.examples.appraisal.AppraisalExample.FUND;
import static io.github.commissioningvfm.examples.appraisal.AppraisalExample.PRICE_BASE;
import static io.github.commissioningvfm.examples.appraisal.AppraisalExample.fixed;

import io.github.commissioningvfm.examples.appraisal.AppraisalExample.Results;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.vfm.cba.CbaOptionResult;
import io.github.commissioningvfm.vfm.cba.PerspectiveNet;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.uncertainty.PsaOptionSummary;
import io.github.commissioningvfm.vfm.uncertainty.SwitchingValue;
import io.github.commissioningvfm.vfm.uncertainty.TornadoRow;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.model.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The input file, figures ({@code result.json}) and human report of the {@code appraisal} example. */
final class AppraisalReport {

  private static final Map<String, String> UNITS = Map.of("grant", "GBP a year (commissioner)",
      "aeAvoided", "A&E attendances a year", "amhtAvoided", "community mental health contacts a year",
      "ambulanceAvoided", "ambulance see-and-treat incidents a year", "gpAvoided", "GP consultations a year",
      "deadweight", "share that would have happened anyway", "carerValue", "GBP a year (society)");

  private AppraisalReport() {
  }

  static String inputCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (UncertainInput in : AppraisalExample.inputs()) {
      rows.add(List.of(in.name(), plain(in.base()), plain(in.low()), plain(in.high()),
          in.distribution().map(Object::toString).orElse("none"), UNITS.getOrDefault(in.name(), "")));
    }
    for (String key : List.of(AppraisalExample.AE, AppraisalExample.AMHT, AppraisalExample.AMBULANCE,
        AppraisalExample.GP)) {
      SourcedCost c = AppraisalExample.unitCost(key);
      rows.add(List.of(key, c.cost().amount().amount().toPlainString(), "", "", "fixed",
          "GBP per unit, " + PRICE_BASE + " prices; " + c.provenance().describe()));
    }
    return Csv.format(List.of("input", "base", "low", "high", "distribution", "unit_and_source"), rows);
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static ResultJson result(Results r) {
    CbaOptionResult fund = r.baseCase().option(FUND);
    List<ResultJson> perspectives = new ArrayList<>();
    for (PerspectiveNet p : fund.perspectives()) {
      perspectives.add(ResultJson.object().put("perspective", p.perspective().name()).put("costs", p.costs())
          .put("benefits", p.benefits()).put("net", p.net()));
    }
    List<ResultJson> tornado = new ArrayList<>();
    for (TornadoRow row : r.tornado().tornado()) {
      tornado.add(ResultJson.object().put("input", row.input()).put("low", row.low()).put("high", row.high())
          .put("npv_at_low", optional(row.metricAtLow())).put("npv_at_high", optional(row.metricAtHigh()))
          .put("swing", optional(row.swing())));
    }
    List<ResultJson> switching = new ArrayList<>();
    for (SwitchingValue s : r.tornado().switching()) {
      switching.add(ResultJson.object().put("input", s.input()).put("base", s.base())
          .put("value", optional(s.value())).put("note", s.note()));
    }
    PsaOptionSummary psa = r.psa().summary(FUND);
    List<ResultJson> curve = new ArrayList<>();
    for (AcceptabilityPoint p : r.psa().acceptability()) {
      curve.add(ResultJson.object().put("threshold", p.threshold()).put("probability_best", p.probabilityBest())
          .put("evpi", p.evpi()));
    }
    List<String> sources = r.baseCase().sources().stream().map(s -> s.kind() + ": " + s.description()).toList();
    return ResultJson.object().put("example", AppraisalExample.ID).put("data", "illustrative inputs")
        .put("currency", "GBP").put("price_base", PRICE_BASE).put("horizon_years", AppraisalExample.YEARS)
        .put("discounting", AppraisalExample.strategy().schedule().describe())
        .put("optimism_bias", AppraisalExample.OPTIMISM_BIAS.describe())
        .put("counterfactual", r.baseCase().counterfactual())
        .put("option", ResultJson.object().put("name", fund.option()).put("pv_costs", fund.pvCosts())
            .put("pv_benefits", fund.pvBenefits()).put("npsv", fund.npsv()).put("bcr", fund.bcr())
            .put("payback_year", fund.paybackYear().<Object>map(y -> y)
                .orElse(ResultJson.undefined("not reached within the horizon")))
            .put("perspectives", perspectives))
        .put("tornado", tornado)
        .put("switching_values", switching)
        .put("psa", ResultJson.object().put("iterations", AppraisalExample.ITERATIONS).put("seed", AppraisalExample.SEED)
            .put("mean_npv", psa.meanNpv()).put("npv_interval", List.of(psa.npvLow(), psa.npvHigh()))
            .put("probability_npv_positive", psa.probabilityNpvPositive())
            .put("mean_roi", optional(psa.meanRoi()))
            .put("probability_roi_above_one", psa.probabilityRoiAboveOne()))
        .put("acceptability", curve)
        .put("sources", sources);
  }

  private static Object optional(OptionalDouble value) {
    return value.isPresent() ? (Object) value.getAsDouble() : ResultJson.undefined("not defined for this input");
  }

  static MarkdownReport report(Results r) {
    CbaOptionResult fund = r.baseCase().option(FUND);
    MarkdownReport md = MarkdownReport.titled("Ten-year appraisal: funding a VCSE crisis service vs the status quo");
    md.paragraph("**Illustrative figures.** The grant and the volumes of service use avoided are assumptions, "
        + "each with a range and a distribution (see `input.csv`); the unit costs of the avoided use are the "
        + "bundled published values with their sources. Every amount is in " + PRICE_BASE + " prices over "
        + AppraisalExample.YEARS + " years from " + PRICE_BASE + ", discounted with "
        + AppraisalExample.strategy().schedule().describe() + ".");
    md.section("Inputs");
    List<List<String>> inputs = new ArrayList<>();
    for (UncertainInput in : AppraisalExample.inputs()) {
      inputs.add(List.of(in.name(), plain(in.base()), plain(in.low()) + " to " + plain(in.high()),
          in.distribution().map(Object::toString).orElse("none"), UNITS.getOrDefault(in.name(), "")));
    }
    md.table(List.of("input", "base", "range (tornado)", "distribution (PSA)", "unit"), inputs);
    List<String> costs = new ArrayList<>();
    for (String key : List.of(AppraisalExample.AE, AppraisalExample.AMHT, AppraisalExample.AMBULANCE,
        AppraisalExample.GP)) {
      SourcedCost c = AppraisalExample.unitCost(key);
      costs.add(c.cost().toMoney().format() + ": " + c.provenance().describe());
    }
    md.bullets(costs);
    md.paragraph("Assumptions: " + String.join("; ", r.baseCase().assumptions()) + ". "
        + AppraisalExample.OPTIMISM_BIAS.describe() + ".");
    md.section("Base case");
    md.table(List.of("figure", "value"), List.of(
        List.of("PV of costs (with optimism bias)", fund.pvCosts().toMoney().format()),
        List.of("PV of benefits (after deadweight and attribution)", fund.pvBenefits().toMoney().format()),
        List.of("net present social value", fund.npsv().toMoney().format()),
        List.of("benefit-cost ratio", fund.bcr().display()),
        List.of("payback year", fund.paybackYear().map(String::valueOf).orElse("not within the horizon"))));
    md.section("Who pays and who saves");
    List<List<String>> who = new ArrayList<>();
    for (PerspectiveNet p : fund.perspectives()) {
      who.add(List.of(p.perspective().name(), p.costs().toMoney().format(), p.benefits().toMoney().format(),
          p.net().toMoney().format()));
    }
    md.table(List.of("perspective", "PV costs", "PV benefits", "net"), who);
    md.paragraph("The commissioner pays the grant; the savings fall to NHS budgets (A&E, ambulance, community "
        + "mental health, general practice) and to society (carers' time). None of the NHS savings is "
        + "cashable here: activity avoided does not release budget by itself.");
    md.section("One-way sensitivity (tornado) and switching values");
    List<List<String>> rows = new ArrayList<>();
    for (TornadoRow row : r.tornado().tornado()) {
      rows.add(List.of(row.input(), plain(row.low()) + " / " + plain(row.high()), money(row.metricAtLow()),
          money(row.metricAtHigh()), money(row.swing())));
    }
    md.table(List.of("input", "low / high", "NPV at low", "NPV at high", "swing"), rows);
    List<String> switching = new ArrayList<>();
    for (SwitchingValue s : r.tornado().switching()) {
      switching.add(s.input() + ": " + (s.value().isPresent() ? fixed(s.value().getAsDouble(), 2) : "none in range")
          + " (" + s.note() + ")");
    }
    md.bullets(switching);
    md.image("Tornado: change in NPV from the base case", "tornado.png");
    md.section("Probabilistic sensitivity analysis");
    PsaOptionSummary psa = r.psa().summary(FUND);
    md.table(List.of("figure", "value"), List.of(
        List.of("iterations / seed", AppraisalExample.ITERATIONS + " / " + AppraisalExample.SEED),
        List.of("mean NPV", pounds(psa.meanNpv())),
        List.of("95% interval of NPV", pounds(psa.npvLow()) + " to " + pounds(psa.npvHigh())),
        List.of("P(NPV > 0)", fixed(psa.probabilityNpvPositive(), 3)),
        List.of("mean ROI ratio", psa.meanRoi().isPresent() ? fixed(psa.meanRoi().getAsDouble(), 3) : "undefined"),
        List.of("P(ROI ratio > 1)", fixed(psa.probabilityRoiAboveOne(), 3))));
    List<List<String>> curve = new ArrayList<>();
    for (AcceptabilityPoint p : r.psa().acceptability()) {
      curve.add(List.of(fixed(p.threshold(), 2), fixed(p.probabilityBest().getOrDefault(FUND, 0.0), 3),
          pounds(p.evpi())));
    }
    md.table(List.of("value of GBP 1 of benefit", "P(funding is best)", "EVPI per appraisal"), curve);
    md.image("Acceptability curve", "acceptability-curve.png");
    md.section("Sources");
    md.bullets(r.baseCase().sources().stream().map(s -> s.kind() + ": " + s.description()).toList());
    return md;
  }

  private static String money(OptionalDouble value) {
    return value.isPresent() ? pounds(value.getAsDouble()) : "undefined";
  }

  private static String pounds(double value) {
    return Money.of(value, RoundingMode.HALF_UP).format();
  }
}
