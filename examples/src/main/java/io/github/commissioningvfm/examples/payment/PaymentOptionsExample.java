package io.github.commissioningvfm.examples.payment;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.Words;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.OutcomeTrigger;
import io.github.commissioningvfm.model.payment.PaymentLine;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import io.github.commissioningvfm.model.payment.VolumeBand;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.QuarterAmount;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.payment.analysis.RiskRow;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.payment.nhsps.Relationship;
import io.github.commissioningvfm.model.payment.nhsps.RelationshipSelection;
import io.github.commissioningvfm.model.payment.nhsps.SchemeEditions;
import io.github.commissioningvfm.model.rule.RuleStep;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One VCSE crisis service priced five ways.
 *
 * <p>The service is illustrative (no real contract): 2,400 crisis contacts expected in 2024/25 at
 * GBP 200 a contact, an expected annual value of GBP 480,000; low and high activity are 1,800 and
 * 3,000 contacts. Each arrangement is built from the commissioning model's payment mechanisms, and
 * every figure in the report comes from their payment statements.
 */
public final class PaymentOptionsExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "payment-options";
  /** The financial year priced, also the price base of every amount. */
  public static final FinancialYear YEAR = FinancialYear.parse("2024/25");
  /** Contacts a year at low, expected and high activity. */
  public static final List<Long> CONTACTS = List.of(1_800L, 2_400L, 3_000L);
  /** The expected annual value of the service. */
  public static final Money EXPECTED_VALUE = Money.of("480000.00");
  /**
   * The illustrative annual value of a mental health trust's whole relationship with its host ICB,
   * inside which the same service would sit if the trust provided it (no LVA value mandated).
   */
  public static final Money HOST_RELATIONSHIP_VALUE = Money.ofPounds(85_000_000);
  /** The outcome trigger ids. */
  static final String FOLLOW_UP = "follow-up-72h";
  static final String DE_ESCALATION = "de-escalation";

  /**
   * Creates the example.
   */
  public PaymentOptionsExample() {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "One crisis service, five ways to pay for it";
  }

  /** Each option's terms in words, in the order of {@link #options()}. */
  static final List<String> TERMS = List.of(
      "a fixed £480,000.00 a year, whatever the activity, paid in equal quarterly instalments",
      "£480,000.00 a year for 2,100 to 2,700 contacts; each contact outside that band changes the payment by "
          + "£150.00, by at most £60,000.00 either way",
      "£200.00 for every contact, paid a quarter in arrears",
      "£480,000.00 a year with 20% withheld until after the year end: half paid if 90% of people are followed up "
          + "within 72 hours, half if 75% report the crisis de-escalated",
      "a fixed £336,000.00 a year plus £60.00 per contact");

  /**
   * The five payment options, each of the same expected value (GBP 480,000 at 2,400 contacts with
   * every outcome met).
   *
   * @return the options, in report order
   */
  public static List<PaymentOption> options() {
    Money price = Money.of("200.00");
    Block block = new Block(EXPECTED_VALUE);
    CapAndCollar capAndCollar = new CapAndCollar(EXPECTED_VALUE, new VolumeBand(2_100, 2_700), Money.of("150.00"),
        Money.of("60000.00"));
    CostPerCase costPerCase = new CostPerCase(price);
    OutcomeBased outcomeBased = new OutcomeBased(EXPECTED_VALUE, Proportion.of("0.20"), List.of(
        new OutcomeTrigger(FOLLOW_UP, "90% of people followed up within 72 hours", Proportion.of("0.5")),
        new OutcomeTrigger(DE_ESCALATION, "75% report the crisis de-escalated", Proportion.of("0.5"))));
    Blended blended = Blended.of(new Block(Money.of("336000.00")), new CostPerCase(Money.of("60.00")));
    return List.of(new PaymentOption("Block", block), new PaymentOption("Cap and collar", capAndCollar),
        new PaymentOption("Cost per case", costPerCase), new PaymentOption("Outcome-based", outcomeBased),
        new PaymentOption("Blended (block + per case)", blended));
  }

  /**
   * The activity scenarios: contacts as in {@link #CONTACTS}; at low activity only the follow-up
   * outcome is met, at expected and high activity both are.
   *
   * @return the scenarios
   */
  public static ActivityScenarios scenarios() {
    return new ActivityScenarios(ActivityReport.ofVolume(CONTACTS.get(0)).withOutcomesMet(Set.of(FOLLOW_UP)),
        ActivityReport.ofVolume(CONTACTS.get(1)).withOutcomesMet(Set.of(FOLLOW_UP, DE_ESCALATION)),
        ActivityReport.ofVolume(CONTACTS.get(2)).withOutcomesMet(Set.of(FOLLOW_UP, DE_ESCALATION)));
  }

  /**
   * The NHS Payment Scheme's mechanism in {@link #YEAR} for the relationship the service would sit
   * in, commissioned by the host ICB. The scheme assigns mechanisms to whole provider–commissioner
   * relationships, not to single services: from an NHS trust, the GBP 480,000 service sits inside
   * the trust's {@link #HOST_RELATIONSHIP_VALUE} relationship with its host ICB, which has no LVA
   * value mandated, so it is paid under API; from a VCSE provider with no NHSPS unit prices, under
   * a local payment arrangement.
   *
   * @param providerType the kind of provider
   * @return the selection with its chain of cited rules
   */
  public static RelationshipSelection schemeSelection(ProviderType providerType) {
    return SchemeEditions.standard().forYear(YEAR).select(Relationship.builder(providerType,
        CommissionerType.INTEGRATED_CARE_BOARD).annualValue(relationshipValue(providerType)).build());
  }

  /**
   * The value of the relationship the service would sit in.
   *
   * @param providerType the kind of provider
   * @return the host relationship's value for an NHS provider, the service's own value otherwise
   */
  public static Money relationshipValue(ProviderType providerType) {
    return providerType.isNhsProvider() ? HOST_RELATIONSHIP_VALUE : EXPECTED_VALUE;
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    progress.step("pricing five payment options");
    List<PaymentOption> options = options();
    ActivityScenarios scenarios = scenarios();
    CommissionerRiskView risk = CommissionerRiskView.of(options, scenarios);
    List<QuarterlyCashFlow> cashFlows = new ArrayList<>();
    for (PaymentOption option : options) {
      cashFlows.add(QuarterlyCashFlow.of(option.mechanism().statement(scenarios.expected()), YEAR));
    }
    RelationshipSelection nhsTrust = schemeSelection(ProviderType.NHS_TRUST);
    RelationshipSelection vcse = schemeSelection(ProviderType.VCSE);

    progress.step("writing the report");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    folder.writeCsv(ReportFolder.INPUT_CSV, inputCsv(scenarios));
    folder.writeResult(result(options, scenarios, risk, cashFlows, nhsTrust, vcse));
    folder.writeChart(ChartAdapters.paymentByActivity("What the commissioner pays, by activity (GBP, " + YEAR
        + " prices)", risk), "commissioner-pays-by-activity");
    folder.writeChart(ChartAdapters.cashFlow("When the provider is paid at expected activity",
        options.stream().map(PaymentOption::label).toList(), cashFlows), "provider-cash-flow");
    folder.writeReport(report(options, scenarios, risk, cashFlows, nhsTrust, vcse));

    RiskRow widest = risk.rows().get(0);
    for (RiskRow row : risk.rows()) {
      if (row.range().compareTo(widest.range()) > 0) {
        widest = row;
      }
    }
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        "expected value " + EXPECTED_VALUE.format() + " (" + YEAR + "); widest spend range: " + widest.option() + " "
            + widest.low().format() + " to " + widest.high().format(),
        "NHS Payment Scheme " + nhsTrust.edition() + " for the same service from an NHS trust (inside its host ICB "
            + "relationship): " + nhsTrust.mechanism().label()));
  }

  private static String inputCsv(ActivityScenarios scenarios) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("financial_year", YEAR.toString(), "", "price base of every amount"));
    rows.add(List.of("expected_annual_value", EXPECTED_VALUE.amount().toPlainString(), "GBP", "illustrative"));
    List<String> names = List.of("low", "expected", "high");
    List<ActivityReport> reports = List.of(scenarios.low(), scenarios.expected(), scenarios.high());
    for (int i = 0; i < 3; i++) {
      rows.add(List.of("contacts_" + names.get(i), Long.toString(reports.get(i).totalVolume()), "contacts a year",
          "outcomes met: " + String.join(" and ", sorted(reports.get(i).outcomesMet()))));
    }
    for (PaymentOption option : options()) {
      rows.add(List.of("option", option.label(), "", option.mechanism().toString()));
    }
    return Csv.format(List.of("item", "value", "unit", "note"), rows);
  }

  private static ResultJson result(List<PaymentOption> options, ActivityScenarios scenarios,
      CommissionerRiskView risk, List<QuarterlyCashFlow> cashFlows, RelationshipSelection nhsTrust,
      RelationshipSelection vcse) {
    List<ResultJson> scenarioJson = new ArrayList<>();
    List<String> names = List.of("low", "expected", "high");
    List<ActivityReport> reports = List.of(scenarios.low(), scenarios.expected(), scenarios.high());
    for (int i = 0; i < 3; i++) {
      scenarioJson.add(ResultJson.object().put("name", names.get(i)).put("contacts", reports.get(i).totalVolume())
          .put("outcomes_met", sorted(reports.get(i).outcomesMet())));
    }
    List<ResultJson> optionJson = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      RiskRow row = risk.rows().get(i);
      QuarterlyCashFlow flow = cashFlows.get(i);
      List<ResultJson> quarters = new ArrayList<>();
      for (QuarterAmount q : flow.quarters()) {
        quarters.add(ResultJson.object().put("quarter", q.quarter().toString()).put("amount", q.amount()));
      }
      optionJson.add(ResultJson.object().put("label", row.option()).put("mechanism", row.mechanism())
          .put("commissioner_pays", ResultJson.object().put("low", row.low()).put("expected", row.expected())
              .put("high", row.high()))
          .put("range", row.range())
          .put("cash_flow_expected", quarters)
          .put("received_in_year", flow.receivedInYear())
          .put("paid_after_year_end", flow.total().minus(flow.receivedInYear())));
    }
    return ResultJson.object().put("example", ID).put("currency", "GBP").put("price_base", YEAR)
        .put("expected_annual_value", EXPECTED_VALUE).put("scenarios", scenarioJson).put("options", optionJson)
        .put("nhs_payment_scheme", ResultJson.object().put("edition", nhsTrust.edition())
            .put("nhs_trust", selectionJson(nhsTrust, relationshipValue(ProviderType.NHS_TRUST)))
            .put("vcse_provider", selectionJson(vcse, relationshipValue(ProviderType.VCSE))));
  }

  private static ResultJson selectionJson(RelationshipSelection selection, Money relationshipValue) {
    return ResultJson.object().put("mechanism", selection.mechanism().name())
        .put("relationship_value", relationshipValue)
        .put("explanation", selection.explanation())
        .put("citations", selection.steps().stream().map(step -> RuleStep.cite(step.rule())).toList());
  }





  private static MarkdownReport report(List<PaymentOption> options, ActivityScenarios scenarios,
      CommissionerRiskView risk, List<QuarterlyCashFlow> flows, RelationshipSelection nhsTrust, RelationshipSelection vcse) {
    MarkdownReport md = MarkdownReport.titled("Payment options for a VCSE crisis service");
    md.paragraph("An illustrative service, not a real contract: " + CONTACTS.get(1) + " crisis contacts expected in "
        + YEAR + ", an expected annual value of " + EXPECTED_VALUE.format() + ". Every amount is in " + YEAR
        + " prices. Each arrangement below is a payment mechanism of the commissioning model; the figures are its "
        + "payment statements at each activity level, and the quarterly cash flow follows each statement line's "
        + "timing (spread evenly, in arrears, or after the year end).");
    RiskRow widest = risk.rows().stream().max(java.util.Comparator.comparing(r -> r.range().amount())).orElseThrow();
    RiskRow narrowest = risk.rows().stream().min(java.util.Comparator.comparing(r -> r.range().amount())).orElseThrow();
    md.bottomLine("Every option costs the commissioner " + EXPECTED_VALUE.format() + " a year (" + YEAR
            + " prices) if " + CONTACTS.get(1) + " crisis contacts happen and both outcomes are met.",
        "The same service whichever way it is paid for; what changes is who carries the risk. Paid as "
            + narrowest.option().toLowerCase(java.util.Locale.ROOT) + ", the commissioner's bill moves by "
            + narrowest.range().format() + " between " + CONTACTS.get(0) + " and " + CONTACTS.get(2)
            + " contacts; paid as " + widest.option().toLowerCase(java.util.Locale.ROOT) + ", by "
            + widest.range().format() + ", and the provider waits longer for its money.",
        "These are exact consequences of each contract's terms at three levels of activity, not forecasts: the "
            + "activity levels and terms are illustrative, so read them as a comparison of shapes.");
    md.section("Assumptions");
    List<String> assumptions = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      assumptions.add("**" + options.get(i).label() + "**: " + TERMS.get(i));
    }
    assumptions.add("Activity: low " + CONTACTS.get(0) + ", expected " + CONTACTS.get(1) + ", high " + CONTACTS.get(2)
        + " contacts; at low activity only the 72-hour follow-up outcome is met, at expected and high activity "
        + "both outcomes are.");
    md.bullets(assumptions);
    md.section("What the commissioner pays");
    List<List<String>> rows = new ArrayList<>();
    for (RiskRow row : risk.rows()) {
      rows.add(List.of(row.option(), row.low().format(), row.expected().format(), row.high().format(),
          row.range().format()));
    }
    md.table(List.of("option", "low (" + CONTACTS.get(0) + " contacts)", "expected (" + CONTACTS.get(1) + " contacts)",
        "high (" + CONTACTS.get(2) + " contacts)", "range (exposure to activity)"), rows);
    md.image("What the commissioner pays, by activity", "commissioner-pays-by-activity.png");
    md.section("When the provider is paid (expected activity)");
    List<String> header = new ArrayList<>(List.of("option"));
    flows.get(0).quarters().forEach(q -> header.add(q.quarter().toString()));
    header.add("paid after the year end");
    List<List<String>> flowRows = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      QuarterlyCashFlow flow = flows.get(i);
      List<String> row = new ArrayList<>(List.of(options.get(i).label()));
      flow.quarters().forEach(q -> row.add(q.amount().format()));
      row.add(flow.total().minus(flow.receivedInYear()).format());
      flowRows.add(row);
    }
    md.table(header, flowRows);
    md.paragraph("Under cost per case and outcome-based payment the provider carries staff costs before the money "
        + "arrives: in arrears, or after the year end for the withheld outcome share.");
    md.image("When the provider is paid at expected activity", "provider-cash-flow.png");
    md.section("Payment statement lines at expected activity");
    List<List<String>> lineRows = new ArrayList<>();
    for (PaymentOption option : options) {
      PaymentStatement statement = option.mechanism().statement(scenarios.expected());
      for (PaymentLine line : statement.lines()) {
        lineRows.add(List.of(option.label(), line.label(), line.amount().format(), Words.of(line.timing()),
            line.basis()));
      }
    }
    md.table(List.of("option", "line", "amount", "timing", "basis"), lineRows);
    md.section("What the NHS Payment Scheme would apply");
    md.paragraph("The scheme assigns a mechanism to a whole provider-commissioner relationship, not to a single "
        + "service. From an NHS trust, this " + EXPECTED_VALUE.format() + " service would sit inside the trust's "
        + "relationship with its host ICB (illustratively " + HOST_RELATIONSHIP_VALUE.format() + " a year, no LVA "
        + "value mandated by NHS England), so it would be paid under that relationship's aligned payment and "
        + "incentive, not as a low volume activity block.");
    md.bullets(List.of("**NHS trust, inside its host ICB relationship** (" + nhsTrust.edition() + " scheme): "
            + nhsTrust.mechanism().label() + ". " + nhsTrust.explanation() + citations(nhsTrust),
        "**This VCSE provider**: " + vcse.mechanism().label() + ". " + vcse.explanation() + citations(vcse)));
    return md;
  }

  private static String citations(RelationshipSelection selection) {
    return " Source: " + String.join("; ", selection.steps().stream().map(step -> RuleStep.cite(step.rule()))
        .distinct().toList()) + ".";
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new PaymentOptionsExample(), args);
  }
}
