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
import io.github.commissioningvfm.vfm.uncertainty.PsaSummary;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
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
          .put("npv_at_low", row.metricAtLow()).put("npv_at_high", row.metricAtHigh())
          .put("swing", row.swing()));
    }
    List<ResultJson> switching = new ArrayList<>();
    for (SwitchingValue s : r.tornado().switching()) {
      switching.add(ResultJson.object().put("input", s.input()).put("base", s.base())
          .put("value", s.value()));
    }
    PsaSummary psa = r.psa().summary(FUND, CbaStrategy.NPSV.id());
    PsaSummary bcr = r.psa().summary(FUND, CbaStrategy.BCR.id());
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
            .put("payback_year", fund.paybackYear())
            .put("perspectives", perspectives))
        .put("tornado", tornado)
        .put("switching_values", switching)
        .put("psa", ResultJson.object().put("iterations", AppraisalExample.ITERATIONS).put("seed", AppraisalExample.SEED)
            .put("mean_npv", psa.mean()).put("npv_interval", List.of(psa.lower(), psa.upper()))
            .put("probability_npv_positive", psa.probabilityAboveTarget())
            .put("mean_bcr", bcr.mean())
            .put("probability_bcr_above_one", bcr.probabilityAboveTarget()))
        .put("acceptability", curve)
        .put("sources", sources);
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
        List.of("PV of costs (with optimism bias)", fund.pvCosts().toString()),
        List.of("PV of benefits (after deadweight and attribution)", fund.pvBenefits().toString()),
        List.of("net present social value", fund.npsv().toString()),
        List.of("benefit-cost ratio", fund.bcr().toString()),
        List.of("payback year", fund.paybackYear().toString())));
    md.section("Who pays and who saves");
    List<List<String>> who = new ArrayList<>();
    for (PerspectiveNet p : fund.perspectives()) {
      who.add(List.of(p.perspective().name(), p.costs().toString(), p.benefits().toString(), p.net().toString()));
    }
    md.table(List.of("perspective", "PV costs", "PV benefits", "net"), who);
    md.paragraph("The commissioner pays the grant; the savings fall to NHS budgets (A&E, ambulance, community "
        + "mental health, general practice) and to society (carers' time). None of the NHS savings is "
        + "cashable here: activity avoided does not release budget by itself.");
    md.section("One-way sensitivity (tornado) and switching values");
    List<List<String>> rows = new ArrayList<>();
    for (TornadoRow row : r.tornado().tornado()) {
      rows.add(List.of(row.input(), plain(row.low()) + " / " + plain(row.high()), row.metricAtLow().toString(),
          row.metricAtHigh().toString(), row.swing().toString()));
    }
    md.table(List.of("input", "low / high", "NPV at low", "NPV at high", "swing"), rows);
    List<String> switching = new ArrayList<>();
    for (SwitchingValue s : r.tornado().switching()) {
      switching.add(s.input() + ": " + s.value());
    }
    md.bullets(switching);
    md.image("Tornado: change in NPV from the base case", "tornado.png");
    md.section("Probabilistic sensitivity analysis");
    PsaSummary psa = r.psa().summary(FUND, CbaStrategy.NPSV.id());
    PsaSummary bcr = r.psa().summary(FUND, CbaStrategy.BCR.id());
    md.table(List.of("figure", "value"), List.of(
        List.of("iterations / seed", AppraisalExample.ITERATIONS + " / " + AppraisalExample.SEED),
        List.of("mean NPSV", psa.mean().toString()),
        List.of("interval of NPSV", psa.interval()),
        List.of("P(NPSV > 0)", psa.probabilityAboveTarget().toString()),
        List.of("mean benefit-cost ratio", bcr.mean().toString()),
        List.of("P(benefit-cost ratio > 1)", bcr.probabilityAboveTarget().toString())));
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

  private static String pounds(double value) {
    return Money.of(value, RoundingMode.HALF_UP).format();
  }
}
