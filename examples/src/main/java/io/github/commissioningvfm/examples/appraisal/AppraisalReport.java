package io.github.commissioningvfm.examples.appraisal;

import static io.github.commissioningvfm.examples.appraisal.AppraisalExample.FUND;
import static io.github.commissioningvfm.examples.appraisal.AppraisalExample.PRICE_BASE;
import static io.github.commissioningvfm.examples.appraisal.AppraisalExample.fixed;

import io.github.commissioningvfm.examples.appraisal.AppraisalExample.Results;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.unitcosts.UnitCosts;
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
import java.util.Locale;
import io.github.commissioningvfm.examples.report.Words;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;

/** The input file, figures ({@code result.json}) and human report of the {@code appraisal} example. */
final class AppraisalReport {

  private static final Map<String, String> UNITS = Map.of(AppraisalExample.GRANT, "GBP a year (commissioner)",
      AppraisalExample.AE_AVOIDED, "attendances a year", AppraisalExample.AMHT_AVOIDED, "contacts a year",
      AppraisalExample.AMBULANCE_AVOIDED, "incidents a year", AppraisalExample.GP_AVOIDED, "consultations a year",
      AppraisalExample.DEADWEIGHT, "share that would have happened anyway", AppraisalExample.CARER_VALUE,
      "GBP a year (society)");

  private AppraisalReport() {
  }

  static String inputCsv() {
    List<List<String>> rows = new ArrayList<>();
    for (UncertainInput in : AppraisalExample.inputs()) {
      rows.add(List.of(in.name(), plain(in.base()), plain(in.low()), plain(in.high()),
          in.distribution().map(AppraisalReport::distribution).orElse("none"), UNITS.getOrDefault(in.name(), "")));
    }
    for (String key : List.of(AppraisalExample.AE, AppraisalExample.AMHT, AppraisalExample.AMBULANCE,
        AppraisalExample.GP)) {
      SourcedCost published = UnitCosts.standard().get(key).sourcedCost();
      SourcedCost used = AppraisalExample.unitCost(key);
      rows.add(List.of(key, published.cost().toMoney().amount().toPlainString(), "", "", "fixed",
          "GBP per unit as published, " + published.cost().priceBase() + " prices; " + published.provenance().describe()
              + (used.equals(published) ? "" : "; used at " + used.cost().toMoney().format() + " in " + PRICE_BASE
                  + " prices after rebasing with the GDP deflator")));
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
      perspectives.add(ResultJson.object().put("perspective", p.perspective().label()).put("costs", p.costs())
          .put("benefits", p.benefits()).put("net", p.net()));
    }
    List<ResultJson> tornado = new ArrayList<>();
    for (TornadoRow row : r.tornado().tornado()) {
      tornado.add(ResultJson.object().put("input", row.input()).put("low", ResultJson.ratio(row.low()))
          .put("high", ResultJson.ratio(row.high()))
          .put("npv_at_low", row.metricAtLow()).put("npv_at_high", row.metricAtHigh())
          .put("swing", row.swing()));
    }
    List<ResultJson> switching = new ArrayList<>();
    for (SwitchingValue s : r.tornado().switching()) {
      switching.add(ResultJson.object().put("input", s.input()).put("base", ResultJson.ratio(s.base()))
          .put("value", ResultJson.ratio(s.value())));
    }
    PsaSummary psa = r.psa().summary(FUND, CbaStrategy.NPSV.id());
    PsaSummary bcr = r.psa().summary(FUND, CbaStrategy.BCR.id());
    List<ResultJson> curve = new ArrayList<>();
    for (AcceptabilityPoint p : r.psa().acceptability()) {
      curve.add(ResultJson.object().put("threshold", ResultJson.ratio(p.threshold()))
          .put("probability_best", p.probabilityBest()).put("evpi", ResultJson.pounds(p.evpi())));
    }
    List<String> sources = r.baseCase().sources().stream().map(s -> s.kind() + ": " + s.description()).toList();
    return ResultJson.object().put("example", AppraisalExample.ID).put("data", "illustrative inputs")
        .put("currency", "GBP").put("price_base", PRICE_BASE).put("horizon_years", AppraisalExample.YEARS)
        .put("discounting", AppraisalExample.strategy().schedule().describe())
        .put("optimism_bias", AppraisalExample.OPTIMISM_BIAS.describe())
        .put("counterfactual", r.baseCase().counterfactual())
        .put("option", ResultJson.object().put("name", fund.option()).put("pv_costs", fund.pvCosts())
            .put("pv_benefits", fund.pvBenefits()).put("npsv", fund.npsv()).put("bcr", ResultJson.ratio(fund.bcr()))
            .put("payback_year", fund.paybackYear())
            .put("perspectives", perspectives))
        .put("tornado", tornado)
        .put("switching_values", switching)
        .put("psa", ResultJson.object().put("iterations", AppraisalExample.ITERATIONS).put("seed", AppraisalExample.SEED)
            .put("mean_npv", psa.mean()).put("npv_interval", List.of(psa.lower(), psa.upper()))
            .put("probability_npv_positive", psa.probabilityAboveTarget())
            .put("mean_bcr", ResultJson.ratio(bcr.mean()))
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
        + AppraisalExample.YEARS + " years from " + PRICE_BASE + ", " + discounting() + ".");
    bottomLine(md, r);
    md.section("Inputs");
    List<List<String>> inputs = new ArrayList<>();
    for (UncertainInput in : AppraisalExample.inputs()) {
      inputs.add(List.of(in.name(), number(in.base()), number(in.low()) + " to " + number(in.high()),
          in.distribution().map(AppraisalReport::distribution).orElse("none"), UNITS.getOrDefault(in.name(), "")));
    }
    md.table(List.of("input", "base", "range (tornado)", "distribution (PSA)", "unit"), inputs);
    List<String> costs = new ArrayList<>();
    for (String key : List.of(AppraisalExample.AE, AppraisalExample.AMHT, AppraisalExample.AMBULANCE,
        AppraisalExample.GP)) {
      SourcedCost c = AppraisalExample.unitCost(key);
      costs.add(c.cost().toMoney().format() + ": " + c.provenance().describe());
    }
    md.bullets(costs);
    md.paragraph("Assumptions: " + String.join("; ", r.baseCase().assumptions().stream()
        .map(AppraisalReport::inWords).toList()) + ". "
        + AppraisalExample.OPTIMISM_BIAS.describe() + ".");
    md.section("Base case");
    md.table(List.of("figure", "value"), List.of(
        List.of("PV of costs (with optimism bias)", fund.pvCosts().toString()),
        List.of("PV of benefits (after deadweight and attribution)", fund.pvBenefits().toString()),
        List.of("net present social value", fund.npsv().toString()),
        List.of("benefit-cost ratio (£ of benefit per £1 of cost)", fund.bcr().toString()),
        List.of("payback year", fund.paybackYear().toString())));
    md.section("Who pays and who saves");
    List<List<String>> who = new ArrayList<>();
    for (PerspectiveNet p : fund.perspectives()) {
      who.add(List.of(p.perspective().label(), p.costs().toString(), p.benefits().toString(), p.net().toString()));
    }
    md.table(List.of("perspective", "PV costs", "PV benefits", "net"), who);
    md.paragraph("The commissioner pays the grant; the savings fall to NHS budgets (A&E, ambulance, community "
        + "mental health, general practice) and to society (carers' time). None of the NHS savings is "
        + "cashable here: activity avoided does not release budget by itself.");
    md.section("One-way sensitivity (tornado) and switching values");
    List<List<String>> rows = new ArrayList<>();
    for (TornadoRow row : r.tornado().tornado()) {
      rows.add(List.of(row.input(), number(row.low()) + " / " + number(row.high()) + " "
          + UNITS.getOrDefault(row.input(), ""), row.metricAtLow().toString(),
          row.metricAtHigh().toString(), row.swing().toString()));
    }
    md.table(List.of("input", "low / high", "net present social value at low", "at high", "swing"), rows);
    List<String> switching = new ArrayList<>();
    for (SwitchingValue s : r.tornado().switching()) {
      switching.add(s.input() + ": the net present social value reaches zero at " + switchingValue(s)
          + " (base " + number(s.base()) + " " + UNITS.getOrDefault(s.input(), "") + ")");
    }
    md.bullets(switching);
    md.image("Tornado: change in NPV from the base case", "tornado.png");
    md.section("Probabilistic sensitivity analysis");
    PsaSummary psa = r.psa().summary(FUND, CbaStrategy.NPSV.id());
    PsaSummary bcr = r.psa().summary(FUND, CbaStrategy.BCR.id());
    md.table(List.of("figure", "value"), List.of(
        List.of("iterations / seed", AppraisalExample.ITERATIONS + " / " + AppraisalExample.SEED),
        List.of("mean net present social value", psa.mean().toString()),
        List.of("interval of the net present social value", psa.interval()),
        List.of("probability the net present social value is above zero", psa.probabilityAboveTarget().toString()),
        List.of("mean benefit-cost ratio (£ per £1)", bcr.mean().toString()),
        List.of("probability the benefit-cost ratio is above 1", bcr.probabilityAboveTarget().toString())));
    List<List<String>> curve = new ArrayList<>();
    for (AcceptabilityPoint p : r.psa().acceptability()) {
      curve.add(List.of(fixed(p.threshold(), 2), fixed(p.probabilityBest().getOrDefault(FUND, 0.0), 3),
          pounds(p.evpi())));
    }
    md.table(List.of("value placed on £1 of benefit (£)", "probability funding is best",
        "expected value of perfect information"), curve);
    md.image("Acceptability curve", "acceptability-curve.png");
    md.section("Sources");
    md.bullets(r.baseCase().sources().stream().map(s -> s.kind() == SourceReference.Kind.DISCOUNT_SCHEDULE
        ? "discounting: " + discounting() : Words.of(s.kind()) + ": " + s.description().replace("user-supplied n/a, ", ""))
        .toList());
    return md;
  }

  private static String pounds(double value) {
    return Money.of(value, RoundingMode.HALF_UP).format();
  }

  /** A number with thousands separators, to four significant decimals below 10 and one decimal above. */
  static String number(double value) {
    java.text.DecimalFormat f = new java.text.DecimalFormat(Math.abs(value) < 10 ? "#,##0.####" : "#,##0.#",
        java.text.DecimalFormatSymbols.getInstance(Locale.UK));
    return f.format(value);
  }

  private static String switchingValue(SwitchingValue s) {
    return s.value().toDouble().isPresent() ? number(s.value().toDouble().getAsDouble()) : s.value().toString();
  }

  /** The discount rates that apply within the horizon, with their source. */
  static String discounting() {
    DiscountSchedule schedule = AppraisalExample.strategy().schedule();
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int t = 1; t <= AppraisalExample.YEARS; t++) {
      if (t == AppraisalExample.YEARS || !schedule.rateFor(t).equals(schedule.rateFor(from))) {
        parts.add(schedule.rateFor(from) + " a year for years " + from + " to " + (t - 1));
        from = t;
      }
    }
    return "discounted at " + String.join(", then ", parts) + " (" + schedule.source() + ")";
  }

  /** Perspective constants in an assumption read as words. */
  private static String inWords(String text) {
    String out = text;
    for (Perspective p : Perspective.values()) {
      out = out.replace(p.name(), p.label());
    }
    return out;
  }

  /** A PSA distribution in words, with its mean and spread in the input's own units. */
  static String distribution(Distribution d) {
    if (d instanceof Distribution.Pert p) {
      return "PERT: most likely " + number(p.mode()) + ", from " + number(p.min()) + " to " + number(p.max());
    } else if (d instanceof Distribution.Gamma g) {
      return "gamma: mean " + number(g.shape() * g.scale()) + ", standard deviation "
          + number(Math.sqrt(g.shape()) * g.scale());
    } else if (d instanceof Distribution.Beta b) {
      double n = b.alpha() + b.beta();
      return "beta: mean " + number(b.alpha() / n) + ", standard deviation "
          + number(Math.sqrt(b.alpha() * b.beta() / (n * n * (n + 1))));
    } else if (d instanceof Distribution.Uniform u) {
      return "uniform from " + number(u.min()) + " to " + number(u.max());
    }
    return d.toString();
  }

  /** What it cost, what it achieved and how sure we are, from the base case and the PSA. */
  private static void bottomLine(MarkdownReport md, Results r) {
    CbaOptionResult fund = r.baseCase().option(FUND);
    PsaSummary psa = r.psa().summary(FUND, CbaStrategy.NPSV.id());
    TornadoRow top = r.tornado().tornado().get(0);
    SwitchingValue sw = r.tornado().switching().stream().filter(sv -> sv.input().equals(top.input())).findFirst()
        .orElseThrow();
    md.bottomLine("Funding the service for " + AppraisalExample.YEARS + " years costs "
            + fund.pvCosts() + " in today's money (the grant with a 10% allowance for optimism, discounted).",
        "It avoids NHS activity and frees carers' time worth " + fund.pvBenefits()
            + ": £" + fund.bcr() + " back for every £1, a net present social value of " + fund.npsv()
            + ". None of the NHS savings is cash the commissioner gets back.",
        "Not sure enough to count on a gain: across " + AppraisalExample.ITERATIONS + " simulations of the "
            + "uncertain inputs the net value is above zero in " + psa.probabilityAboveTarget() + " of them. The "
            + "answer turns most on " + top.input() + ": it breaks even at " + switchingValue(sw) + " "
            + UNITS.getOrDefault(top.input(), "") + " against the " + number(sw.base()) + " assumed.");
  }
}
