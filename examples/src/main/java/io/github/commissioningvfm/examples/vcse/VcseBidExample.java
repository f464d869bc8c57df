package io.github.commissioningvfm.examples.vcse;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.vfm.charts.AmountBarChart;
import io.github.commissioningvfm.vfm.charts.AmountSeries;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.coproduction.BidExclusion;
import io.github.commissioningvfm.model.coproduction.CoProductionRecord;
import io.github.commissioningvfm.model.coproduction.CoProductionRole;
import io.github.commissioningvfm.model.coproduction.Participation;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.FunderShare;
import io.github.commissioningvfm.model.organisation.IncomeSource;
import io.github.commissioningvfm.model.organisation.IncomeSourceKind;
import io.github.commissioningvfm.model.organisation.VcseLegalForm;
import io.github.commissioningvfm.model.organisation.VcseProfile;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.GrantInAdvance;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.OptionCashFlow;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.ProviderCashFlowView;
import io.github.commissioningvfm.model.payment.analysis.QuarterAmount;
import io.github.commissioningvfm.model.provider.FullCost;
import io.github.commissioningvfm.model.provider.Margin;
import io.github.commissioningvfm.model.provider.ProviderCosts;
import io.github.commissioningvfm.model.provider.ProviderRiskRow;
import io.github.commissioningvfm.model.provider.ProviderRiskView;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.transaction.BidDecision;
import io.github.commissioningvfm.model.transaction.CommissionerTransactionCost;
import io.github.commissioningvfm.model.transaction.ReportingFrequency;
import io.github.commissioningvfm.model.transaction.ReportingRequirement;
import io.github.commissioningvfm.model.transaction.ReportingSchedule;
import io.github.commissioningvfm.model.transaction.TransactionCost;
import io.github.commissioningvfm.model.transaction.TransactionCosts;
import io.github.commissioningvfm.model.transaction.TransactionParty;
import io.github.commissioningvfm.model.transaction.TransactionStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small VCSE decides whether to bid for a crisis service offered three ways: a block, cost per
 * case, and a grant paid in advance.
 *
 * <p>Every amount is illustrative (no real organisation or contract) and in {@link #YEAR} prices.
 * Where an input follows Sheaff et al. (2024), "Consequences of how third sector organisations are
 * commissioned in the NHS and local authorities in England", Health and Social Care Delivery
 * Research 12(39), the report cites it: the full cost components (ch. 6, source line 2271), three
 * volunteers per employee (inside the 1:1.5 to 1:5 range at line 2271), a grant paid as a lump sum
 * at the start of the year (ch. 4, p. 39, line 1300).
 */
public final class VcseBidExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "vcse-bid";
  /** The first contract year, also the price base. */
  public static final FinancialYear YEAR = FinancialYear.parse("2025/26");
  /** Cases a year at low, expected and high activity. */
  public static final List<Long> CASES = List.of(700L, 1_000L, 1_300L);
  /** The contract's length in years. */
  public static final int YEARS = 3;
  /** The hourly cost of the charity's staff time (salary and on-costs), illustrative. */
  public static final Money STAFF_RATE = Money.ofPounds(28);
  /** The hourly cost of the commissioner's staff time, illustrative. */
  public static final Money COMMISSIONER_RATE = Money.ofPounds(40);
  /** The shortest bid window the charity regards as workable, in weeks: an illustrative input. */
  public static final int MINIMUM_BID_WINDOW_WEEKS = 4;
  /** The option labels, in report order. */
  public static final List<String> LABELS = List.of("Block", "Cost per case", "Grant");

  /**
   * Creates the example.
   */
  public VcseBidExample() {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "A small VCSE decides whether to bid: block, cost per case or grant";
  }

  /**
   * The charity's full cost basis: 150,000 of fixed direct cost (four crisis workers and the room),
   * 40 a case of sessional time and materials, central costs at 12% of direct costs, 24 volunteers
   * (three for each of its eight employees) at 600 a year each to recruit, train, supervise and
   * insure, and 120 hours a year of staff time in partnership and co-commissioning meetings at the
   * staff rate.
   *
   * @return the cost basis
   */
  public static ProviderCosts costs() {
    return ProviderCosts.builder().direct(Money.ofPounds(150_000), Money.ofPounds(40))
        .overheadRate(Proportion.ofPercent("12")).volunteers(24, Money.ofPounds(600))
        .backfill(BigDecimal.valueOf(120), STAFF_RATE).build();
  }

  /**
   * The three offers: a block of 240,000, 225 a case, and a grant of 230,000 paid in advance.
   *
   * @return the options, in {@link #LABELS} order
   */
  public static List<PaymentOption> options() {
    return List.of(new PaymentOption(LABELS.get(0), new Block(Money.ofPounds(240_000))),
        new PaymentOption(LABELS.get(1), new CostPerCase(Money.ofPounds(225))),
        new PaymentOption(LABELS.get(2), new GrantInAdvance(Money.ofPounds(230_000))));
  }

  /**
   * The activity scenarios, {@link #CASES}.
   *
   * @return the scenarios
   */
  public static ActivityScenarios scenarios() {
    return ActivityScenarios.ofVolumes(CASES.get(0), CASES.get(1), CASES.get(2));
  }

  /**
   * The transaction costs of each route, for both parties: a competitive tender for the block and
   * the cost-per-case contract (the latter with monthly invoicing returns), an open grant round for
   * the grant.
   *
   * @param option the option's label
   * @return the transaction costs
   */
  public static TransactionCosts transactionCosts(String option) {
    boolean grant = option.equals(LABELS.get(2));
    String monthlyHours = option.equals(LABELS.get(1)) ? "96" : "72";
    if (grant) {
      return TransactionCosts.of(
          provider(TransactionStage.BID_PREPARATION, "24", "grant application"),
          provider(TransactionStage.MOBILISATION, "40", "recruit and induct"),
          provider(TransactionStage.MONITORING_RETURNS, "16", "quarterly grant report"),
          provider(TransactionStage.REVIEW_MEETINGS, "3", "annual review"),
          commissioner(TransactionStage.BID_PREPARATION, "20", "grant round prospectus"),
          commissioner(TransactionStage.BID_EVALUATION, "30", "panel"),
          commissioner(TransactionStage.MONITORING_RETURNS, "8", "reading reports"),
          commissioner(TransactionStage.REVIEW_MEETINGS, "3", "annual review"));
    }
    return TransactionCosts.of(
        provider(TransactionStage.BID_PREPARATION, "60", "tender response"),
        provider(TransactionStage.CLARIFICATION, "8", "clarification questions"),
        provider(TransactionStage.NEGOTIATION, "6", "contract negotiation"),
        provider(TransactionStage.MOBILISATION, "40", "recruit and induct"),
        provider(TransactionStage.MONITORING_RETURNS, monthlyHours, "monthly returns"),
        provider(TransactionStage.REVIEW_MEETINGS, "12", "quarterly contract reviews"),
        commissioner(TransactionStage.BID_PREPARATION, "60", "specification and tender documents"),
        commissioner(TransactionStage.CLARIFICATION, "10", "answering questions"),
        commissioner(TransactionStage.BID_EVALUATION, "40", "scoring and moderation"),
        commissioner(TransactionStage.NEGOTIATION, "8", "contract negotiation"),
        commissioner(TransactionStage.MONITORING_RETURNS, "36", "checking monthly returns"),
        commissioner(TransactionStage.REVIEW_MEETINGS, "12", "quarterly contract reviews"));
  }

  private static TransactionCost provider(TransactionStage stage, String hours, String note) {
    return TransactionCost.of(TransactionParty.PROVIDER, stage, hours, STAFF_RATE, note);
  }

  private static TransactionCost commissioner(TransactionStage stage, String hours, String note) {
    return TransactionCost.of(TransactionParty.COMMISSIONER, stage, hours, COMMISSIONER_RATE, note);
  }

  /**
   * The chance of winning: 35% in a tender the charity expects three others to enter, 50% in the
   * grant round; illustrative judgements.
   *
   * @param option the option's label
   * @return the probability
   */
  public static Proportion awardProbability(String option) {
    return option.equals(LABELS.get(2)) ? Proportion.ofPercent("50") : Proportion.ofPercent("35");
  }

  /**
   * What each offer asks the charity to report.
   *
   * @param option the option's label
   * @return the reporting schedule at the offer's expected annual value
   */
  public static ReportingSchedule reporting(String option) {
    Money value = optionNamed(option).mechanism().statement(scenarios().expected()).total();
    if (option.equals(LABELS.get(2))) {
      return new ReportingSchedule(option, value, List.of(
          ReportingRequirement.of("grant report", ReportingFrequency.QUARTERLY, "4"),
          ReportingRequirement.of("annual review", ReportingFrequency.ANNUAL, "3")));
    }
    String monthly = option.equals(LABELS.get(1)) ? "8" : "6";
    return new ReportingSchedule(option, value, List.of(
        ReportingRequirement.of("activity and outcomes return", ReportingFrequency.MONTHLY, monthly),
        ReportingRequirement.of("contract review meeting", ReportingFrequency.QUARTERLY, "3")));
  }

  private static PaymentOption optionNamed(String label) {
    return options().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
  }

  /**
   * The charity: a CIO with eight staff and 24 volunteers and an income of 300,000, 40% of it
   * already from the ICB.
   *
   * @return its profile
   */
  public static VcseProfile profile() {
    return VcseProfile.builder(VcseLegalForm.CHARITABLE_INCORPORATED_ORGANISATION).charityNumber("1234567")
        .income(IncomeSource.from("ICB grant: peer support", IncomeSourceKind.STATUTORY_GRANT, "QWE",
            Money.ofPounds(120_000)))
        .income(IncomeSource.of("trusts and foundations", IncomeSourceKind.TRUSTS_AND_FOUNDATIONS,
            Money.ofPounds(90_000)))
        .income(IncomeSource.of("donations", IncomeSourceKind.DONATIONS, Money.ofPounds(60_000)))
        .income(IncomeSource.of("training sold", IncomeSourceKind.TRADING, Money.ofPounds(30_000)))
        .people(8, 24).build();
  }

  /**
   * The profile if the block is won: one more ICB income source at the block's value.
   *
   * @return the profile after award
   */
  public static VcseProfile profileIfBlockWon() {
    VcseProfile now = profile();
    VcseProfile.Builder b = VcseProfile.builder(now.legalForm()).charityNumber(now.charityNumber().orElseThrow()
        .value()).people(now.staff(), now.volunteers());
    now.income().forEach(b::income);
    b.income(IncomeSource.from("ICB crisis block", IncomeSourceKind.STATUTORY_CONTRACT, "QWE",
        Money.ofPounds(240_000)));
    return b.build();
  }

  /**
   * The tender's commissioning cycle so far: a specification consultation in which another charity
   * co-designed the specification and this one was consulted, then a three-week bid window.
   *
   * @return the record
   */
  public static CoProductionRecord cycle() {
    String cycle = "2025 crisis tender";
    CommissioningEvent consultation = CommissioningEvent.of(cycle, "2025-09-15", EventType.SPECIFICATION_CONSULTATION,
        "draft specification shared with local VCSEs");
    CommissioningEvent tender = CommissioningEvent.of(cycle, "2025-11-03", EventType.TENDER_ISSUED, "");
    CommissioningEvent deadline = CommissioningEvent.of(cycle, "2025-11-24", EventType.BID_DEADLINE, "");
    return new CoProductionRecord(new CommissioningHistory("crisis service", List.of(consultation, tender, deadline)),
        List.of(new Participation(consultation, "Harbour Crisis Support", CoProductionRole.CONSULTEE),
            new Participation(consultation, "Lighthouse Peer Network", CoProductionRole.CO_DESIGNER)),
        List.of(new BidExclusion(cycle, "Lighthouse Peer Network", tender.date(),
            "conflict of interest: helped write the specification")));
  }

  /**
   * The decision for each option.
   *
   * @param risk the provider's risk view
   * @return one decision per option, in {@link #LABELS} order
   */
  public static List<BidDecision> decisions(ProviderRiskView risk) {
    List<BidDecision> out = new ArrayList<>();
    for (ProviderRiskRow row : risk.rows()) {
      out.add(BidDecision.of("Harbour Crisis Support", awardProbability(row.option()), row.expected().net(), YEARS,
          transactionCosts(row.option())));
    }
    return out;
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    progress.step("costing three offers");
    ProviderCosts costs = costs();
    ActivityScenarios scenarios = scenarios();
    List<PaymentOption> options = options();
    ProviderRiskView risk = ProviderRiskView.of(options, scenarios, costs);
    FullCost expectedCost = costs.fullCost(CASES.get(1));
    ProviderCashFlowView cash = ProviderCashFlowView.of(options, scenarios.expected(), YEAR, expectedCost.total());
    List<BidDecision> decisions = decisions(risk);
    List<CommissionerTransactionCost> commissioner = new ArrayList<>();
    for (ProviderRiskRow row : risk.rows()) {
      commissioner.add(CommissionerTransactionCost.of(transactionCosts(row.option()), YEARS, 1,
          row.expected().payment().multipliedBy(YEARS)));
    }
    List<Finding> findings = new ArrayList<>(cycle().findings(MINIMUM_BID_WINDOW_WEEKS));
    for (String label : LABELS) {
      reporting(label).finding(STAFF_RATE, ReportingSchedule.DEFAULT_THRESHOLD).ifPresent(findings::add);
    }

    progress.step("writing the report");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    folder.writeCsv(ReportFolder.INPUT_CSV, inputCsv(costs));
    folder.writeResult(result(risk, expectedCost, cash, decisions, commissioner, findings));
    folder.writeChart(fullCostChart(risk), "full-cost-and-payment");
    folder.writeChart(ChartAdapters.providerNetByActivity("Surplus (+) or hidden subsidy (-) by activity (GBP, "
        + YEAR + " prices)", risk), "surplus-or-subsidy-by-activity");
    folder.writeChart(ChartAdapters.providerCashFlow("When the charity is paid at expected activity", cash),
        "provider-cash-flow");
    folder.writeChart(worthBiddingChart(decisions), "worth-bidding");
    folder.writeReport(VcseBidReport.report(risk, expectedCost, cash, decisions, commissioner, findings));

    List<String> worth = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      worth.add(LABELS.get(i) + " " + (decisions.get(i).worthBidding() ? "yes " : "no ")
          + decisions.get(i).expectedValue().format());
    }
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        "full cost at " + CASES.get(1) + " cases " + expectedCost.total().format() + "; at expected activity: "
            + margins(risk),
        "worth bidding? (expected value over " + YEARS + " years) " + String.join(", ", worth)));
  }

  private static String margins(ProviderRiskView risk) {
    List<String> parts = new ArrayList<>();
    for (ProviderRiskRow row : risk.rows()) {
      Margin m = row.expected();
      parts.add(row.option() + " " + (m.fullCostRecovered() ? "surplus " + m.surplus().format()
          : "subsidy " + m.subsidy().format()));
    }
    return String.join(", ", parts);
  }

  private static String inputCsv(ProviderCosts costs) {
    List<List<String>> rows = new ArrayList<>();
    String illustrative = "illustrative";
    rows.add(List.of("price_base", YEAR.toString(), "", "every amount in these prices"));
    rows.add(List.of("fixed_direct_cost", plain(costs.fixedDirectCost()), "GBP a year", illustrative));
    rows.add(List.of("variable_cost_per_case", plain(costs.variableCostPerCase()), "GBP a case", illustrative));
    rows.add(List.of("overhead_rate", costs.overheadRate().fraction().toPlainString(), "share of direct cost",
        illustrative + "; overheads are part of full cost recovery (Sheaff et al. 2024, HSDR 12(39), ch. 6, line 2271)"));
    rows.add(List.of("volunteers", Integer.toString(costs.volunteers()), "people", "3 per employee for 8 staff; "
        + "within 1:1.5 to 1:5 (Sheaff et al. 2024, HSDR 12(39), ch. 6, line 2271)"));
    rows.add(List.of("support_cost_per_volunteer", plain(costs.supportCostPerVolunteer()), "GBP a year",
        illustrative + "; training and insurance of volunteers (Sheaff et al. 2024, ch. 6, line 2271)"));
    rows.add(List.of("backfill_hours", costs.backfillHours().toPlainString(), "hours a year", illustrative
        + "; backfill for meetings (Sheaff et al. 2024, ch. 6, line 2271)"));
    rows.add(List.of("staff_rate", plain(STAFF_RATE), "GBP an hour", illustrative));
    rows.add(List.of("commissioner_rate", plain(COMMISSIONER_RATE), "GBP an hour", illustrative));
    List<String> names = List.of("low", "expected", "high");
    for (int i = 0; i < 3; i++) {
      rows.add(List.of("cases_" + names.get(i), Long.toString(CASES.get(i)), "cases a year", illustrative));
    }
    rows.add(List.of("contract_years", Integer.toString(YEARS), "years", illustrative));
    for (PaymentOption option : options()) {
      rows.add(List.of("option", option.label(), "", option.mechanism() + "; award probability "
          + awardProbability(option.label()) + " (" + illustrative + ")"));
    }
    rows.add(List.of("minimum_bid_window", Integer.toString(MINIMUM_BID_WINDOW_WEEKS), "weeks", illustrative));
    rows.add(List.of("reporting_threshold", ReportingSchedule.DEFAULT_THRESHOLD.fraction().toPlainString(),
        "share of annual value", "argued default, see ReportingSchedule"));
    return Csv.format(List.of("item", "value", "unit", "note"), rows);
  }

  private static String plain(Money m) {
    return m.amount().toPlainString();
  }

  private static ResultJson result(ProviderRiskView risk, FullCost cost, ProviderCashFlowView cash,
      List<BidDecision> decisions, List<CommissionerTransactionCost> commissioner, List<Finding> findings) {
    List<ResultJson> optionJson = new ArrayList<>();
    for (int i = 0; i < risk.rows().size(); i++) {
      ProviderRiskRow row = risk.rows().get(i);
      OptionCashFlow flow = cash.rows().get(i);
      BidDecision d = decisions.get(i);
      CommissionerTransactionCost c = commissioner.get(i);
      List<ResultJson> quarters = new ArrayList<>();
      for (QuarterAmount q : flow.cashFlow().quarters()) {
        quarters.add(ResultJson.object().put("quarter", q.quarter().toString()).put("amount", q.amount()));
      }
      ReportingSchedule reporting = reporting(row.option());
      optionJson.add(ResultJson.object().put("label", row.option()).put("mechanism", row.mechanism())
          .put("low", margin(row.low())).put("expected", margin(row.expected())).put("high", margin(row.high()))
          .put("break_even_lowest", row.breakEven().lowest().map(v -> (Object) v).orElse("none"))
          .put("break_even_highest", row.breakEven().highest().map(v -> (Object) v).orElse("none"))
          .put("cash_flow_expected", quarters).put("working_capital_need", flow.workingCapitalNeed())
          .put("reporting_hours_a_year", reporting.annualHours())
          .put("reporting_share_of_value", reporting.shareOfValue(STAFF_RATE))
          .put("award_probability", d.awardProbability()).put("bid_cost", d.bidCost())
          .put("gross_if_won", d.netIfWon().gross()).put("transaction_costs_if_won", d.netIfWon().transactionCosts())
          .put("net_if_won", d.netIfWon().net()).put("expected_value", d.expectedValue())
          .put("worth_bidding", d.worthBidding())
          .put("commissioner_transaction_cost", c.total())
          .put("commissioner_cost_per_pound_awarded", c.perPoundAwarded()));
    }
    VcseProfile profile = profile();
    VcseProfile after = profileIfBlockWon();
    List<String> findingText = findings.stream().map(f -> f.kind() + ": " + f.message()).toList();
    return ResultJson.object().put("example", ID).put("currency", "GBP").put("price_base", YEAR)
        .put("illustrative", true).put("contract_years", YEARS)
        .put("full_cost_expected", ResultJson.object().put("cases", cost.volume()).put("direct", cost.direct())
            .put("overhead", cost.overhead()).put("volunteer_support", cost.volunteerSupport())
            .put("backfill", cost.backfill()).put("total", cost.total()))
        .put("options", optionJson)
        .put("profile", ResultJson.object().put("total_income", profile.totalIncome())
            .put("icb_share", profile.funderShares().get(0).share())
            .put("icb_share_if_block_won", after.funderShares().get(0).share())
            .put("volunteers_per_employee", profile.volunteersPerEmployee().orElseThrow()))
        .put("findings", findingText);
  }

  private static ResultJson margin(Margin m) {
    return ResultJson.object().put("payment", m.payment()).put("full_cost", m.fullCost()).put("surplus", m.surplus())
        .put("subsidy", m.subsidy());
  }

  private static List<String> categories() {
    return List.of("low: " + CASES.get(0), "expected: " + CASES.get(1), "high: " + CASES.get(2));
  }

  private static AmountBarChart fullCostChart(ProviderRiskView risk) {
    List<Double> pay = new ArrayList<>();
    List<Double> cost = new ArrayList<>();
    for (ProviderRiskRow row : risk.rows()) {
      pay.add(row.expected().payment().toDouble());
      cost.add(row.expected().fullCost().toDouble());
    }
    return new AmountBarChart("Full cost and payment at expected activity (GBP, " + YEAR + " prices)", "Offer",
        "GBP a year", LABELS, List.of(new AmountSeries("full cost", cost), new AmountSeries("payment", pay)));
  }






  private static AmountBarChart worthBiddingChart(List<BidDecision> decisions) {
    List<Double> bid = new ArrayList<>();
    List<Double> tc = new ArrayList<>();
    List<Double> ev = new ArrayList<>();
    for (BidDecision d : decisions) {
      bid.add(d.bidCost().toDouble());
      tc.add(d.netIfWon().transactionCosts().toDouble());
      ev.add(d.expectedValue().toDouble());
    }
    return new AmountBarChart(String.format(Locale.ROOT,
        "Worth bidding? Transaction costs and expected value over %d years (GBP, %s prices)", YEARS, YEAR), "Offer",
        "GBP", LABELS, List.of(new AmountSeries("bid cost", bid), new AmountSeries("transaction costs if won", tc),
            new AmountSeries("expected value of bidding", ev)));
  }


  /**
   * The profile's funder shares, largest first, in words.
   *
   * @param profile the profile
   * @return e.g. "QWE 40%"
   */
  static String shares(VcseProfile profile) {
    return String.join(", ", profile.funderShares().stream().map((FunderShare s) -> s.funder() + " " + s.share())
        .toList());
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new VcseBidExample(), args);
  }
}
