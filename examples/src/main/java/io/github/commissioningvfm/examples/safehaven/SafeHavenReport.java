package io.github.commissioningvfm.examples.safehaven;

import static io.github.commissioningvfm.examples.safehaven.SafeHavenExample.PRICE_BASE;
import static io.github.commissioningvfm.examples.safehaven.SafeHavenExample.label;

import io.github.commissioningvfm.examples.report.Audits;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.examples.safehaven.SafeHavenExample.AlternativeTotal;
import io.github.commissioningvfm.examples.safehaven.SafeHavenExample.Analysis;
import io.github.commissioningvfm.examples.synthetic.SafeHavenSynthetic;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.audit.FigureAudit;
import io.github.commissioningvfm.vfm.audit.ReturnFinding;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.UnitCostBasis;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures ({@code result.json}) and the board report of the {@code safe-haven} example. Every
 * figure is read from the analysis; the text only formats it: money as {@code £1,234.56} with its
 * price base, returns as pounds back per £1 to 2 decimal places and net returns as percentages.
 */
final class SafeHavenReport {

  private SafeHavenReport() {
  }

  // ---------------------------------------------------------------- formatting

  /** Money to the penny, {@code £1,234.56}. */
  static String money(Cost cost) {
    return cost.toMoney().format();
  }

  /** A return per £1 to 2 decimal places, {@code £1.15}; an undefined figure with its reason. */
  static String perPound(Figure ratio) {
    return ratio.toDouble().isPresent() ? String.format(Locale.ROOT, "£%.2f", ratio.toDouble().getAsDouble())
        : ratio.toString();
  }

  /** A net return as a signed percentage to 1 decimal place, {@code +15.0%}. */
  static String percent(Figure net) {
    return net.toDouble().isPresent() ? String.format(Locale.ROOT, "%+.1f%%", 100 * net.toDouble().getAsDouble())
        : net.toString();
  }

  /** A count with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static double value(Figure f) {
    return f.toDouble().orElseThrow(() -> new IllegalStateException("undefined figure: " + f));
  }

  // ---------------------------------------------------------------- figures

  /** The all-years return in one line, for the example's summary. */
  static String bottomLineRatio(Analysis a) {
    RoiFigures total = a.programme().total();
    return "every £1 spent avoided " + perPound(total.roiRatio()) + " of other services' cost (net return "
        + percent(total.netRoi()) + ", " + PRICE_BASE + " prices)";
  }

  /**
   * The share of stated alternatives that must be real for the avoided cost to equal the programme cost:
   * programme cost / avoided cost = 1 / ROI ratio, all years.
   */
  static double breakEvenShare(Analysis a) {
    return 1 / value(a.programme().total().roiRatio());
  }

  /** What the break-even share means, worded for a return above or below £1 per £1. */
  static String breakEvenSentence(Analysis a) {
    double share = breakEvenShare(a);
    return share <= 1
        ? String.format(Locale.ROOT, "The return stays at or above £1 per £1 as long as at least %.0f%% of the "
            + "stated alternatives would really have happened.", 100 * share)
        : String.format(Locale.ROOT, "Even if every stated alternative would really have happened, the cost avoided "
            + "covers %.1f%% of the programme cost.", 100 / share);
  }

  private static List<FinancialYear> years(Analysis a) {
    return a.programme().perYear().stream().map(y -> FinancialYear.parse(y.label())).toList();
  }

  private static Optional<AlternativeYear> row(RoiResult roi, String alternative, FinancialYear year) {
    return roi.alternatives().stream().filter(r -> r.alternative().equals(alternative) && r.year().equals(year))
        .findFirst();
  }

  private static List<String> alternatives(RoiResult roi) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    SafeHavenExample.LABELS.keySet().forEach(k -> {
      if (roi.alternatives().stream().anyMatch(r -> r.alternative().equals(k))) {
        names.add(k);
      }
    });
    roi.alternatives().forEach(r -> names.add(r.alternative()));
    return List.copyOf(names);
  }

  /** Where one unit cost came from, in words: edition, and the rebasing if any. */
  static String origin(AlternativeYear r) {
    AlternativeCosting costing = r.costing().orElseThrow(() -> new IllegalStateException(
        "'" + r.alternative() + "' has no valuation; declare a key or a zero for it"));
    if (costing instanceof AlternativeCosting.Costed c) {
      Provenance p = c.unitCost().provenance();
      String edition = shortSource(p.source()) + " " + p.edition().replaceFirst("-amended-(.*)", " (amended $1)");
      return p.adjustments().isEmpty() ? edition + " (that year's own edition)"
          : edition + " rebased from " + c.unitCost().provenance().adjustments().get(0).split(" ")[1]
              + " prices with the GDP deflator";
    }
    return "declared zero";
  }

  private static String shortSource(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.contains("national cost collection")) {
      return "National Cost Collection";
    }
    if (lower.contains("unit costs of health and social care") || lower.contains("pssru")) {
      return "PSSRU Unit Costs";
    }
    return source;
  }

  // ---------------------------------------------------------------- result.json

  static ResultJson result(Analysis a) {
    RoiResult roi = a.roi();
    List<ResultJson> byYear = new ArrayList<>();
    for (RoiFigures y : a.programme().perYear()) {
      FinancialYear year = FinancialYear.parse(y.label());
      byYear.add(ResultJson.object().put("financial_year", year).put("price_base", y.investment().priceBase())
          .put("contacts_analysed", a.contactsIn(year)).put("programme_cost", y.investment())
          .put("avoided_cost", y.benefits()).put("roi_ratio", y.roiRatio()).put("net_roi", y.netRoi()));
    }
    List<ResultJson> perAlternativeYear = new ArrayList<>();
    for (AlternativeYear r : roi.alternatives()) {
      ResultJson json = ResultJson.object().put("alternative", r.alternative()).put("label", label(r.alternative()))
          .put("financial_year", r.year()).put("price_base", r.programmeCostPerContact().priceBase())
          .put("contacts", r.contacts()).put("unit_cost", r.unitCost().orElseThrow())
          .put("programme_cost_per_contact", r.programmeCostPerContact()).put("roi_ratio", r.roiRatio())
          .put("net_roi", r.netRoi()).put("avoided_cost", r.avoidedCost().orElseThrow())
          .put("unit_cost_from", origin(r));
      AlternativeCosting costing = r.costing().orElseThrow();
      if (costing instanceof AlternativeCosting.Costed c) {
        json.put("source", c.unitCost().provenance().describe());
      } else {
        json.put("declared_zero", ((AlternativeCosting.DeclaredZero) costing).reason());
      }
      perAlternativeYear.add(json);
    }
    List<ResultJson> byAlternative = new ArrayList<>();
    for (AlternativeTotal t : a.byAlternative()) {
      byAlternative.add(ResultJson.object().put("alternative", t.alternative()).put("label", label(t.alternative()))
          .put("contacts", t.contacts()).put("avoided_cost", t.share().benefits())
          .put("programme_cost_of_these_contacts", t.own().investment()).put("roi_ratio", t.own().roiRatio())
          .put("net_roi", t.own().netRoi()).put("share_of_overall_roi_ratio", t.share().roiRatio())
          .put("price_base", PRICE_BASE));
    }
    RoiFigures total = a.programme().total();
    return ResultJson.object().put("example", SafeHavenExample.ID)
        .put("data", "synthetic (seeded generator; not the study's data)").put("currency", "GBP")
        .put("rows_in", a.contacts().report().rowsRead()).put("rows_analysed", a.contacts().report().included())
        .put("exclusions", Audits.exclusionCounts(a.contacts().report()))
        .put("unit_cost_basis", a.basis().label())
        .put("unit_cost_basis_detail", new UnitCostBasis(a.basis(), a.prices().rebasing().orElseThrow()).describe())
        .put("prices", a.prices().describe())
        .put("declared_zero", new LinkedHashMap<>(SafeHavenExample.DECLARED_ZERO))
        .put("by_year", byYear)
        .put("by_alternative_and_year", perAlternativeYear)
        .put("by_alternative_and_year_formula", "roi_ratio = unit_cost / programme_cost_per_contact; "
            + "programme_cost_per_contact = programme cost of the year / contacts analysed in the year")
        .put("by_alternative", byAlternative)
        .put("by_alternative_formula", "all years in " + PRICE_BASE + " prices; roi_ratio = (avoided_cost / "
            + "contacts) / (total programme cost / contacts analysed); share_of_overall_roi_ratio = avoided_cost / "
            + "total programme cost")
        .put("overall", ResultJson.object().put("roi_ratio", total.roiRatio()).put("net_roi", total.netRoi())
            .put("price_base", PRICE_BASE).put("programme_cost", total.investment())
            .put("avoided_cost", total.benefits()).put("contacts_analysed", a.contactsAnalysed())
            .put("programme_cost_per_contact", a.costPerContactAnalysed())
            .put("complete", roi.unvalued().isEmpty()))
        .put("sensitivity", ResultJson.object()
            .put("nhs_111_at_proxy", ResultJson.object().put("proxy", a.nhs111Proxy().description())
                .put("unit_cost", a.nhs111Proxy().value()).put("price_base", a.nhs111Proxy().value().priceBase())
                .put("why", SafeHavenExample.NHS_111_PROXY_REASON)
                .put("roi_ratio", a.with111Valued().options().get(0).total().roiRatio())
                .put("net_roi", a.with111Valued().options().get(0).total().netRoi()))
            .put("other_unit_cost_basis", ResultJson.object().put("basis", a.otherBasis().label())
                .put("roi_ratio", a.onOtherBasis().options().get(0).total().roiRatio())
                .put("net_roi", a.onOtherBasis().options().get(0).total().netRoi()))
            .put("break_even_share_of_stated_alternatives", breakEvenShare(a)))
        .put("benchmark", ResultJson.object().put("description", a.benchmark().description())
            .put("edition", a.benchmark().provenance().edition()).put("value", a.benchmark().value())
            .put("price_base", a.benchmark().value().priceBase())
            .put("programme_cost_per_attended_contact", a.costPerAttendedContact())
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

  // ---------------------------------------------------------------- report.md

  static MarkdownReport report(Analysis a, SafeHavenSynthetic.Parameters parameters) {
    MarkdownReport md = MarkdownReport.titled("Safe Haven: what the service cost and what it saved elsewhere");
    bottomLine(md, a);
    byYear(md, a);
    byAlternative(md, a);
    unitCosts(md, a);
    howSure(md, a);
    md.section("The published evaluation, for context");
    md.paragraph(publishedContext());
    Audits.publishedFigureChecks(md, FigureAudit.of(SafeHavenPublishedFigures.figures()));
    contactsAnalysed(md, a);
    benchmark(md, a);
    md.section("Appendix: how the synthetic data were made");
    md.bullets(parameters.describe());
    sources(md, a);
    return md;
  }

  private static void bottomLine(MarkdownReport md, Analysis a) {
    RoiFigures total = a.programme().total();
    List<FinancialYear> years = years(a);
    double low = a.programme().perYear().stream().mapToDouble(y -> value(y.roiRatio())).min().orElseThrow();
    double high = a.programme().perYear().stream().mapToDouble(y -> value(y.roiRatio())).max().orElseThrow();
    List<String> dearer = new ArrayList<>();
    List<String> cheaper = new ArrayList<>();
    for (AlternativeTotal t : a.byAlternative()) {
      (value(t.own().roiRatio()) > 1 ? dearer : cheaper).add(label(t.alternative()));
    }
    md.section("Bottom line");
    md.paragraph("**Synthetic data.** The real contact records are not public. Every figure here is computed from a "
        + "made-up file shaped like them (`input.csv`) and from published NHS unit costs; none is the evaluation's "
        + "result.");
    md.bullets(List.of(
        "**What it cost.** Safe Haven cost " + money(total.investment()) + " over the five financial years "
            + years.get(0) + " to " + years.get(years.size() - 1) + " (in " + PRICE_BASE + " prices), "
            + a.costPerContactAnalysed().format() + " per contact analysed.",
        "**What it achieved.** " + count(a.contactsAnalysed()) + " contacts (of " + count(a.contacts().report()
            .rowsRead()) + " recorded) were attended and said where the person would otherwise have gone. Valued at "
            + "published NHS unit costs, the services they would have used cost " + money(total.benefits()) + " ("
            + PRICE_BASE + " prices).",
        "**The return.** Every £1 spent on Safe Haven avoided " + perPound(total.roiRatio()) + " of other services' "
            + "cost: a net return of " + percent(total.netRoi()) + ". Year by year the return ranged from "
            + String.format(Locale.ROOT, "£%.2f to £%.2f", low, high) + " per £1. Avoided cost frees capacity in "
            + "those services; it is not cash returned to a budget.",
"**Compared with each alternative.** Per use, these cost more than a Safe Haven contact: "
            + String.join("; ", dearer) + ". These cost less: " + String.join("; ", cheaper) + " (see 'Each "
            + "alternative against a Safe Haven contact').",
        "**How sure we are.** These numbers are synthetic, so they show the method, not the service's result. The "
            + "return rests on what people said they would otherwise have done, with no comparison group. "
            + breakEvenSentence(a) + " NHS 111 calls are counted at £0.00, so the "
            + "return is a lower bound: valuing them at a proxy gives " + perPound(a.with111Valued().options().get(0)
                .total().roiRatio()) + " per £1; using " + a.otherBasis().label() + " instead of "
            + a.basis().label() + " gives " + perPound(a.onOtherBasis().options().get(0).total().roiRatio())
            + " per £1."));
    md.paragraph("How to read the figures: the **return per £1** is the cost avoided divided by the programme cost "
        + "(above £1, the service avoided more than it cost); the **net return** is the same less the £1 spent, as "
        + "a percentage. The unit costs for each year come from " + a.basis().label() + " (the evaluation's own "
        + "method), and the all-years figures are in " + PRICE_BASE + " prices, each year rebased with the HM "
        + "Treasury GDP deflator.");
  }

  private static void byYear(MarkdownReport md, Analysis a) {
    md.section("Return by year");
    List<List<String>> rows = new ArrayList<>();
    for (RoiFigures y : a.programme().perYear()) {
      rows.add(List.of(y.label(), count(a.contactsIn(FinancialYear.parse(y.label()))), money(y.investment()),
          money(y.benefits()), perPound(y.roiRatio()), percent(y.netRoi())));
    }
    RoiFigures total = a.programme().total();
    rows.add(List.of("**All years (" + PRICE_BASE + " prices)**", count(a.contactsAnalysed()),
        money(total.investment()), money(total.benefits()), perPound(total.roiRatio()), percent(total.netRoi())));
    md.table(List.of("Financial year", "Contacts analysed", "Programme cost (£, that year's prices)",
        "Cost avoided (£, that year's prices)", "Return per £1 spent (£)", "Net return (%)"), rows);
    md.paragraph("Each year is in its own prices, as the evaluation computed it; the all-years row rebases every "
        + "year's programme cost and avoided cost to " + PRICE_BASE + " prices with the GDP deflator before adding.");
    md.image("Return per £1 spent by financial year, with the £1 break-even line and the contacts of each year",
        "roi-by-year.png");
  }

  private static void byAlternative(MarkdownReport md, Analysis a) {
    md.section("Each alternative against a Safe Haven contact");
    md.paragraph("As the evaluation defined it, each alternative's return compares the cost of one use of it with "
        + "the cost of one Safe Haven contact: its unit cost divided by the programme cost per contact (that year's "
        + "programme cost / contacts analysed that year). Above £1, the alternative costs more than a Safe Haven "
        + "contact. A year's return per £1 is the average of these, weighted by how many contacts named each.");
    List<FinancialYear> years = years(a);
    List<String> header = new ArrayList<>(List.of("Where the person would otherwise have gone"));
    years.forEach(y -> header.add(y + " (£ per £1)"));
    header.add("All years (£ per £1)");
    header.add("All years, net return (%)");
    header.add("Contacts, all years");
    List<List<String>> rows = new ArrayList<>();
    Map<String, AlternativeTotal> totals = new LinkedHashMap<>();
    a.byAlternative().forEach(t -> totals.put(t.alternative(), t));
    for (String alternative : alternatives(a.roi())) {
      List<String> row = new ArrayList<>(List.of(label(alternative)));
      for (FinancialYear y : years) {
        row.add(row(a.roi(), alternative, y).map(r -> perPound(r.roiRatio())).orElse("no contacts"));
      }
      AlternativeTotal t = totals.get(alternative);
      row.add(t == null ? "not valued" : perPound(t.own().roiRatio()));
      row.add(t == null ? "not valued" : percent(t.own().netRoi()));
      row.add(t == null ? "" : count(t.contacts()));
      rows.add(row);
    }
    List<String> perContact = new ArrayList<>(List.of("*Programme cost per contact (£, that year's prices)*"));
    for (FinancialYear y : years) {
      perContact.add(a.roi().alternatives().stream().filter(r -> r.year().equals(y)).findFirst()
          .map(r -> money(r.programmeCostPerContact())).orElse("no contacts"));
    }
    perContact.add(a.costPerContactAnalysed().format() + " (" + PRICE_BASE + " prices)");
    perContact.add("");
    perContact.add(count(a.contactsAnalysed()));
    rows.add(perContact);
    md.table(header, rows);
    md.paragraph("All years: the average unit cost over the contacts naming the alternative (" + PRICE_BASE
        + " prices) divided by the all-years programme cost per contact.");
    row(a.roi(), "A&E", PRICE_BASE).flatMap(AlternativeYear::unitCost).ifPresent(unit -> md.paragraph(
        "The cost per contact counts the contacts analysed, so that a year's return is the weighted average of the "
            + "alternatives' returns. Counting every attended contact instead, including those who did not say where "
            + "they would have gone (" + a.costPerAttendedContact().format() + " per contact in " + PRICE_BASE
            + "), an A&E attendance would be " + perPound(Figure.ratio(unit.amount().amount(),
                a.costPerAttendedContact().amount(), "cost per attended contact")) + " per £1 rather than "
            + perPound(row(a.roi(), "A&E", PRICE_BASE).orElseThrow().roiRatio()) + "."));
    md.image("Cost of one use of each alternative per £1 of a Safe Haven contact", "roi-by-alternative.png");
  }

  private static void unitCosts(MarkdownReport md, Analysis a) {
    md.section("Where each unit cost comes from");
    md.paragraph("Basis used: **" + a.basis().label() + "**. For each financial year the value is taken from the "
        + "edition published for that year where one exists (National Cost Collection 2023/24 and 2024/25; PSSRU "
        + "Unit Costs 2022, 2023 and 2024, whose prices are those of the year before). A year with no edition of its "
        + "own takes the nearest edition, rebased with the HM Treasury GDP deflator. Values are in each year's own "
        + "prices.");
    List<FinancialYear> years = years(a);
    List<String> header = new ArrayList<>(List.of("Alternative", "What stands for one use"));
    years.forEach(y -> header.add(y.toString()));
    List<List<String>> rows = new ArrayList<>();
    SafeHavenExample.ALTERNATIVE_KEYS.forEach((alternative, choice) -> {
      List<String> row = new ArrayList<>(List.of(label(alternative), choice.why()));
      for (FinancialYear y : years) {
        row.add(row(a.roi(), alternative, y).map(r -> money(r.unitCost().orElseThrow()) + " — " + origin(r))
            .orElse("no contacts"));
      }
      rows.add(row);
    });
    SafeHavenExample.DECLARED_ZERO.forEach((alternative, reason) -> {
      List<String> row = new ArrayList<>(List.of(label(alternative), "valued at £0.00: " + reason));
      years.forEach(y -> row.add("£0.00"));
      rows.add(row);
    });
    md.table(header, rows);
    md.paragraph("GP consultation costs come from the PSSRU Unit Costs of Health and Social Care, whose data are "
        + "licensed CC BY-NC-SA 4.0; National Cost Collection data are under the Open Government Licence v3.0. The "
        + "full source of every value, with its table and rebasing factor, is listed in the appendix.");
  }

  private static void howSure(MarkdownReport md, Analysis a) {
    md.section("How sure we are");
    RoiFigures main = a.programme().total();
    RoiFigures proxy = a.with111Valued().options().get(0).total();
    RoiFigures other = a.onOtherBasis().options().get(0).total();
    md.table(List.of("Scenario (all years, " + PRICE_BASE + " prices)", "Cost avoided (£)",
        "Return per £1 spent (£)",
        "Net return (%)"), List.of(
            List.of("Main result: " + a.basis().label() + ", NHS 111 at £0.00", money(main.benefits()),
                perPound(main.roiRatio()), percent(main.netRoi())),
            List.of("NHS 111 calls valued at " + money(a.nhs111Proxy().value()) + " each (" + a.nhs111Proxy()
                .value().priceBase() + " prices, rebased per year)", money(proxy.benefits()),
                perPound(proxy.roiRatio()), percent(proxy.netRoi())),
            List.of("Unit costs from " + a.otherBasis().label(), money(other.benefits()), perPound(other.roiRatio()),
                percent(other.netRoi()))));
    md.bullets(List.of(
        "**Break-even.** Programme cost / cost avoided = " + String.format(Locale.ROOT, "%.1f%%",
            100 * breakEvenShare(a)) + ". " + breakEvenSentence(a),
        "**NHS 111.** " + SafeHavenExample.NHS_111_PROXY_REASON + " The proxy is the National Cost Collection's "
            + a.nhs111Proxy().description() + ", " + money(a.nhs111Proxy().value()) + " per incident ("
            + a.nhs111Proxy().provenance().edition() + "). The bundled unit-cost tables hold no NHS 111 entry; the "
            + "example checks this on every run and stops if one appears, so that it is then valued rather than "
            + "counted at £0.00.",
        "**Friends, family and no service** are valued at £0.00: only public spending is counted, so the time of "
            + "family and friends is left out.",
        "**What the data cannot show.** The alternatives are self-reported, there is no comparison group, and the "
            + "same person may appear in several contacts; the return is therefore an indication of the cost the "
            + "service stands in for, not a measured saving."));
  }

  private static void contactsAnalysed(MarkdownReport md, Analysis a) {
    md.section("Contacts analysed");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Contacts recorded", count(a.contacts().report().rowsRead())));
    for (RuleCount c : a.contacts().report().counts()) {
      rows.add(List.of("Left out: " + c.description(), count(c.count())));
    }
    rows.add(List.of("**Contacts analysed**", count(a.contacts().report().included())));
    md.table(List.of("Step", "Contacts"), rows);
  }

  private static void benchmark(MarkdownReport md, Analysis a) {
    md.section("Cost per contact beside the national figure");
    md.table(List.of("Service", "Cost per contact (£, " + PRICE_BASE + " prices)", "How it is worked out"), List.of(
        List.of("Safe Haven (synthetic)", a.costPerAttendedContact().format(), "programme cost " + PRICE_BASE + " / "
            + count(a.attendedInPriceBaseYear()) + " attended contacts in " + PRICE_BASE + " (including those who "
            + "did not say where they would have gone)"),
        List.of("National: crisis cafe, safe haven or sanctuary contact", a.benchmark().value().toMoney().format(),
            "National Cost Collection " + a.benchmark().provenance().edition() + ", mental health care contact A21, "
                + a.benchmark().unit())));
    md.image("Cost per contact beside the national figure", "cost-per-contact-vs-benchmark.png");
  }

  private static void sources(MarkdownReport md, Analysis a) {
    md.section("Appendix: the source of every unit cost");
    LinkedHashSet<String> lines = new LinkedHashSet<>();
    for (AlternativeYear r : a.roi().alternatives()) {
      if (r.costing().orElseThrow() instanceof AlternativeCosting.Costed c) {
        SourcedCost cost = c.unitCost();
        lines.add(label(r.alternative()) + ", " + r.year() + ": " + money(cost.cost()) + " — "
            + cost.provenance().describe());
      }
    }
    md.bullets(List.copyOf(lines));
  }

  private static String publishedContext() {
    ReturnFinding r = publishedReturn();
    return String.format(Locale.ROOT, "The evaluation (Sever 2025, not our result) reports an overall \"ROI %s\". "
        + "Its formula (savings / cost) admits two readings, and the text does not settle which: a ratio of %.2f "
        + "(net ROI %.2f, a loss) or a net return of %.2f (ratio %.2f, £%.2f back per £1). Both are shown; see the "
        + "checks below. It found that A&E, ambulance and adult mental health team contacts cost more "
        + "than a Safe Haven contact and the other alternatives less.", r.claim().figure().printed(),
        r.asRatio().roiRatio(), r.asRatio().netRoi(), r.asNet().netRoi(), r.asNet().roiRatio(), r.asNet().roiRatio());
  }
}
