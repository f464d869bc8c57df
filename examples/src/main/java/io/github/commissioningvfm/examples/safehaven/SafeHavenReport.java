package io.github.commissioningvfm.examples.safehaven;

import static io.github.commissioningvfm.examples.safehaven.SafeHavenExample.PRICE_BASE;

import io.github.commissioningvfm.examples.report.Audits;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.examples.safehaven.SafeHavenExample.Analysis;
import io.github.commissioningvfm.examples.safehaven.SafeHavenExample.AlternativeTotal;
import io.github.commissioningvfm.examples.synthetic.SafeHavenSynthetic;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.vfm.audit.FigureAudit;
import io.github.commissioningvfm.vfm.audit.ReturnFinding;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.AlternativeCosting;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.AlternativeYear;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.YearRoi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures ({@code result.json}) and human report of the {@code safe-haven} example. */
final class SafeHavenReport {

  private SafeHavenReport() {
  }

  static ResultJson result(Analysis a) {
    List<ResultJson> unitCosts = new ArrayList<>();
    for (AlternativeYear ay : a.nominal().byAlternative()) {
      unitCosts.add(unitCostJson(ay));
    }
    List<ResultJson> byYear = new ArrayList<>();
    for (YearRoi y : a.nominal().byYear()) {
      byYear.add(ResultJson.object().put("financial_year", y.year()).put("price_base", y.avoidedCost().priceBase())
          .put("contacts", y.contacts()).put("programme_cost", y.programmeCost().orElseThrow())
          .put("avoided_cost", y.avoidedCost()).put("roi_ratio", y.roiRatio()).put("net_roi", y.netRoi()));
    }
    List<ResultJson> byAlternative = new ArrayList<>();
    for (AlternativeTotal t : a.byAlternative()) {
      byAlternative.add(ResultJson.object().put("alternative", t.alternative()).put("contacts", t.contacts())
          .put("avoided_cost", t.roi().benefits()).put("roi_ratio", t.roi().roiRatio())
          .put("price_base", PRICE_BASE));
    }
    Map<String, Object> zero = new LinkedHashMap<>(SafeHavenExample.DECLARED_ZERO);
    return ResultJson.object().put("example", SafeHavenExample.ID)
        .put("data", "synthetic (seeded generator; not the study's data)").put("currency", "GBP")
        .put("rows_in", a.contacts().report().rowsRead()).put("rows_analysed", a.contacts().report().included())
        .put("exclusions", Audits.exclusionCounts(a.contacts().report()))
        .put("unit_costs", unitCosts)
        .put("declared_zero", zero)
        .put("rebasing", a.nominal().sources().isEmpty() ? "none" : "HM Treasury GDP deflator")
        .put("by_year", byYear)
        .put("by_year_basis", "nominal: each year's avoided and programme cost in that year's own prices")
        .put("by_alternative", byAlternative)
        .put("by_alternative_basis", "all years in constant " + PRICE_BASE + " prices; roi_ratio = avoided cost of "
            + "the alternative / total programme cost")
        .put("overall", ResultJson.object().put("roi_ratio", a.constant().overallRatio())
            .put("net_roi", a.constant().overallNetRoi()).put("price_base", PRICE_BASE)
            .put("programme_cost", a.totalProgrammeCost()).put("complete", a.constant().complete()))
        .put("sensitivity_111_valued", ResultJson.object().put("key", SafeHavenExample.NHS_111_PROXY_KEY)
            .put("unit_cost", a.nhs111Proxy().value()).put("roi_ratio", a.with111Valued().overallRatio())
            .put("net_roi", a.with111Valued().overallNetRoi()))
        .put("benchmark", ResultJson.object().put("key", a.benchmark().key())
            .put("edition", a.benchmark().provenance().edition()).put("value", a.benchmark().value())
            .put("price_base", a.benchmark().value().priceBase())
            .put("programme_cost_per_contact", a.costPerContact())
            .put("attended_contacts", a.attendedInPriceBaseYear()))
        .put("published_context", publishedReadings()
            .put("source", "Sever 2025, Safe Haven evaluation (published figure; context only, not our result)"));
  }

  /** The published "ROI 15%" under both readings the evaluation's formula admits, from the audit. */
  private static ResultJson publishedReadings() {
    ReturnFinding r = publishedReturn();
    return ResultJson.object().put("printed", r.claim().figure().printed())
        .put("read_as_ratio", ResultJson.object().put("roi_ratio", ratio(r.asRatio().roiRatio()))
            .put("net_roi", ratio(r.asRatio().netRoi())))
        .put("read_as_net_return", ResultJson.object().put("roi_ratio", ratio(r.asNet().roiRatio()))
            .put("net_roi", ratio(r.asNet().netRoi())));
  }

  private static BigDecimal ratio(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  static ReturnFinding publishedReturn() {
    return FigureAudit.of(SafeHavenPublishedFigures.figures()).findings(ReturnFinding.class).get(0);
  }

  private static ResultJson unitCostJson(AlternativeYear ay) {
    ResultJson json = ResultJson.object().put("alternative", ay.alternative()).put("financial_year", ay.year())
        .put("contacts", ay.contacts());
    AlternativeCosting costing = ay.costing().orElseThrow(() -> new IllegalStateException(
        "alternative '" + ay.alternative() + "' has no valuation; declare a key or a zero for it"));
    if (costing instanceof AlternativeCosting.Costed costed) {
      SourcedCost c = costed.unitCost();
      return json.put("key", c.provenance().key()).put("edition", c.provenance().source() + " "
          + c.provenance().edition()).put("value", c.cost()).put("price_base", c.cost().priceBase())
          .put("adjustments", c.provenance().adjustments());
    }
    return json.put("key", "none").put("edition", "none").put("value", BigDecimal.ZERO)
        .put("price_base", ay.year()).put("declared_zero", ((AlternativeCosting.DeclaredZero) costing).reason());
  }

  static MarkdownReport report(Analysis a, SafeHavenSynthetic.Parameters parameters) {
    MarkdownReport md = MarkdownReport.titled("Safe Haven: return on investment from stated alternatives");
    md.paragraph("**Synthetic data.** The original contact records are not public. `input.csv` is produced by a "
        + "seeded generator shaped like the published dataset (13,409 contacts over five financial years, about 69% "
        + "by phone, attendance and the stated alternative). Every figure below is computed by the library from "
        + "that file and the bundled unit costs; none is the published study's result.");
    md.section("Generator parameters");
    md.bullets(parameters.describe());
    md.section("Contacts analysed (audited)");
    Audits.exclusionTable(md, a.contacts().report(), "contacts");
    md.section("What each alternative is worth");
    List<List<String>> keys = new ArrayList<>();
    SafeHavenExample.ALTERNATIVE_KEYS.forEach((alternative, choice) -> {
      UnitCost uc = unitCost(a, choice.key());
      keys.add(List.of(alternative, "`" + choice.key() + "`", uc.provenance().source() + " "
          + uc.provenance().edition(), uc.value().toString(), choice.why()));
    });
    SafeHavenExample.DECLARED_ZERO.forEach((alternative, reason) ->
        keys.add(List.of(alternative, "none (declared zero)", "", "GBP 0", reason)));
    md.table(List.of("alternative", "unit-cost key", "edition", "published value", "why"), keys);
    md.paragraph("Each published value is rebased with the HM Treasury GDP deflator to the financial year of the "
        + "contact (per-year figures) or to " + PRICE_BASE + " (overall figures). Looking up an NHS 111 call "
        + "fails, as it should: _" + a.nhs111Missing().getMessage().replace("_", "\\_") + "_");
    md.paragraph("GP consultation costs come from the PSSRU Unit Costs of Health and Social Care, whose data are "
        + "licensed CC BY-NC-SA 4.0 (the `unit-costs-pssru` artifact); NCC data are under the Open Government "
        + "Licence v3.0.");
    md.section("ROI by year (each year in its own prices)");
    List<List<String>> years = new ArrayList<>();
    for (YearRoi y : a.nominal().byYear()) {
      years.add(List.of(y.year().toString(), Long.toString(y.contacts()),
          y.programmeCost().orElseThrow().toMoney().format(), y.avoidedCost().toMoney().format(),
          display(y.roiRatio(), 3), display(y.netRoi(), 3)));
    }
    md.table(List.of("year", "contacts", "programme cost", "avoided cost", "ROI ratio", "net ROI"), years);
    md.paragraph("ROI ratio = avoided cost / programme cost (GBP back per GBP 1); net ROI = (avoided cost - "
        + "programme cost) / programme cost. Both are always shown, labelled.");
    md.image("ROI ratio by financial year", "roi-by-year.png");
    md.section("By alternative and overall (" + PRICE_BASE + " prices)");
    List<List<String>> alts = new ArrayList<>();
    for (AlternativeTotal t : a.byAlternative()) {
      alts.add(List.of(t.alternative(), Long.toString(t.contacts()), t.roi().benefits().toMoney().format(),
          t.roi().roiRatio().toString()));
    }
    md.table(List.of("alternative", "contacts", "avoided cost", "share of ROI ratio"), alts);
    md.bullets(List.of(
        "Programme cost, all years: " + a.totalProgrammeCost().toMoney().format() + " (" + PRICE_BASE + " prices)",
        "**Overall ROI ratio: " + display(a.constant().overallRatio(), 3) + "**; net ROI: "
            + display(a.constant().overallNetRoi(), 3),
        "Sensitivity: valuing each NHS 111 contact at the NCC A19 24/7 crisis response line contact ("
            + a.nhs111Proxy().value().toMoney().format() + ", a different service) would give an overall ROI ratio "
            + "of " + display(a.with111Valued().overallRatio(), 3) + ".",
        publishedContext()));
    md.image("Avoided cost by stated alternative and year", "avoided-cost-by-alternative.png");
    Audits.publishedFigureChecks(md, FigureAudit.of(SafeHavenPublishedFigures.figures()));
    md.section("Cost per contact beside the national benchmark");
    md.table(List.of("", "cost per contact (" + PRICE_BASE + " prices)", "basis"), List.of(
        List.of("Safe Haven (synthetic)", a.costPerContact().format(), "programme cost " + PRICE_BASE + " / "
            + a.attendedInPriceBaseYear() + " attended contacts in " + PRICE_BASE),
        List.of("NCC " + a.benchmark().provenance().edition() + " A21 crisis cafe / safe haven / sanctuary",
            a.benchmark().value().toMoney().format(), "`" + a.benchmark().key() + "`, " + a.benchmark().unit())));
    md.image("Cost per contact vs the national benchmark", "cost-per-contact-vs-benchmark.png");
    return md;
  }

  private static String publishedContext() {
    ReturnFinding r = publishedReturn();
    return String.format(Locale.ROOT, "Published context (Sever 2025, not our result): overall \"ROI %s\". The "
        + "evaluation's formula (savings / cost) admits two readings, and the text does not settle which: a ratio "
        + "of %.2f (net ROI %.2f, a loss) or a net return of %.2f (ratio %.2f, GBP %.2f back per GBP 1). Both are "
        + "shown; see the checks of the published figures below.", r.claim().figure().printed(), r.asRatio().roiRatio(),
        r.asRatio().netRoi(), r.asNet().netRoi(), r.asNet().roiRatio(), r.asNet().roiRatio());
  }

  private static UnitCost unitCost(Analysis a, String key) {
    return io.github.commissioningvfm.unitcosts.UnitCosts.standard().get(key);
  }

  static String display(io.github.commissioningvfm.vfm.spi.Figure f, int decimals) {
    return f.toDouble().isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", f.toDouble().getAsDouble())
        : f.toString();
  }
}
