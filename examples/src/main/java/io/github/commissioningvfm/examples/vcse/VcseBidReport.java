package io.github.commissioningvfm.examples.vcse;

import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.Words;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.VcseProfile;
import io.github.commissioningvfm.model.payment.analysis.OptionCashFlow;
import io.github.commissioningvfm.model.payment.analysis.ProviderCashFlowView;
import io.github.commissioningvfm.model.provider.FullCost;
import io.github.commissioningvfm.model.provider.Margin;
import io.github.commissioningvfm.model.provider.ProviderRiskRow;
import io.github.commissioningvfm.model.provider.ProviderRiskView;
import io.github.commissioningvfm.model.transaction.BidDecision;
import io.github.commissioningvfm.model.transaction.CommissionerTransactionCost;
import io.github.commissioningvfm.model.transaction.ReportingSchedule;
import io.github.commissioningvfm.model.transaction.TransactionCost;
import io.github.commissioningvfm.model.transaction.TransactionCosts;
import java.util.ArrayList;
import java.util.List;

/** The Markdown report of {@link VcseBidExample}. */
final class VcseBidReport {

  private static final String STUDY = "Sheaff et al. (2024), HSDR 12(39)";

  private VcseBidReport() {
  }

  static MarkdownReport report(ProviderRiskView risk, FullCost cost, ProviderCashFlowView cash,
      List<BidDecision> decisions, List<CommissionerTransactionCost> commissioner, List<Finding> findings) {
    MarkdownReport md = MarkdownReport.titled("Should a small VCSE bid? A crisis service offered three ways");
    md.paragraph("Illustrative figures throughout: no real organisation or contract. Harbour Crisis Support, a "
        + "charitable incorporated organisation with eight staff and 24 volunteers, is offered a crisis service for "
        + VcseBidExample.YEARS + " years from " + VcseBidExample.YEAR + " as a block, as cost per case, or as a grant "
        + "paid in advance. Every amount is in " + VcseBidExample.YEAR + " prices. The questions are the ones "
        + STUDY + " found VCSEs facing: does the offer cover full cost, or does the charity quietly subsidise it; "
        + "who carries demand risk; what do bidding and monitoring cost; and is the bid worth making.");
    List<String> margins = new ArrayList<>();
    List<String> bids = new ArrayList<>();
    for (int i = 0; i < risk.rows().size(); i++) {
      Money net = risk.rows().get(i).expected().net();
      margins.add((net.isNegative() ? "loses " + net.negated().format() : "makes " + net.format()) + " as a "
          + VcseBidExample.LABELS.get(i).toLowerCase(java.util.Locale.ROOT));
      BidDecision d = decisions.get(i);
      bids.add(VcseBidExample.LABELS.get(i).toLowerCase(java.util.Locale.ROOT) + ": " + d.expectedValue().format());
    }
    md.bottomLine("Running the service costs the charity " + cost.total().format() + " a year at "
            + "expected activity, once overheads, volunteer support and staff time in meetings are counted ("
            + cost.hiddenCost().format() + " of that is missing from a price built on direct costs alone).",
        "At expected activity the charity " + String.join("; ", margins) + ". Allowing for the "
            + "chance of winning and the costs of bidding and monitoring, the expected value of bidding over "
            + VcseBidExample.YEARS + " years is: " + String.join("; ", bids) + ".",
        "The arithmetic is exact for the figures given, but the award probability and activity are judgements; "
            + "the break-even probabilities under Worth bidding? show how far they could move before the "
            + "answer changes.");

    md.section("Full cost at expected activity");
    md.paragraph("Full cost recovery covers overheads and the \"invisible costs\" of administering volunteers, and "
        + "backfill for staff attending meetings (" + STUDY + ", ch. 6, source line 2271). A price built from direct "
        + "costs alone leaves out " + cost.hiddenCost().format() + " a year here.");
    md.table(List.of("component", "amount", "basis"), List.of(
        List.of("direct", cost.direct().format(), "fixed " + risk.costs().fixedDirectCost().format() + " + "
            + cost.volume() + " cases x " + risk.costs().variableCostPerCase().format()),
        List.of("overhead", cost.overhead().format(), risk.costs().overheadRate() + " of direct cost"),
        List.of("volunteer support", cost.volunteerSupport().format(), risk.costs().volunteers() + " volunteers x "
            + risk.costs().supportCostPerVolunteer().format() + " (3 per employee; the study found 1.5 to 5)"),
        List.of("backfill", cost.backfill().format(), risk.costs().backfillHours().toPlainString() + " hours x "
            + risk.costs().backfillRate().format() + " in partnership meetings"),
        List.of("**full cost**", "**" + cost.total().format() + "**", "")));
    md.image("Full cost and payment at expected activity", "full-cost-and-payment.png");

    md.section("Surplus or hidden subsidy, and demand risk");
    md.paragraph("Surplus = payment - full cost when positive; otherwise the shortfall is a hidden subsidy from the "
        + "charity's own funds to the commissioner (" + STUDY + ", ch. 7, line 2639). The block and the grant leave "
        + "the charity carrying high demand; cost per case leaves it carrying empty capacity when demand is low "
        + "(ch. 6, line 2030).");
    List<List<String>> rows = new ArrayList<>();
    for (ProviderRiskRow row : risk.rows()) {
      rows.add(List.of(row.option(), result(row.low()), result(row.expected()), result(row.high()),
          row.breakEven().describe(), row.expected().ownFundsShare().map(Object::toString).orElse("n/a")));
    }
    md.table(List.of("offer", "low " + VcseBidExample.CASES.get(0), "expected " + VcseBidExample.CASES.get(1),
        "high " + VcseBidExample.CASES.get(2), "break-even", "own funds share of full cost (expected)"), rows);
    md.image("Surplus or hidden subsidy by activity", "surplus-or-subsidy-by-activity.png");

    md.section("Cash flow at expected activity");
    md.paragraph("A grant arrives as a lump sum at the start of the year (" + STUDY + ", ch. 4, p. 39, line 1300); "
        + "a block in four quarterly instalments; cost per case a quarter in arrears, so the charity funds the "
        + "first quarter's work itself. Working capital need = the largest shortfall of receipts behind a full cost "
        + "of " + cash.annualCost().format() + " spent evenly.");
    List<String> header = new ArrayList<>(List.of("offer"));
    cash.rows().get(0).cashFlow().quarters().forEach(q -> header.add(q.quarter().toString()));
    header.add("working capital need");
    List<List<String>> flowRows = new ArrayList<>();
    for (OptionCashFlow row : cash.rows()) {
      List<String> r = new ArrayList<>(List.of(row.option()));
      row.cashFlow().quarters().forEach(q -> r.add(q.amount().format()));
      r.add(row.workingCapitalNeed().format());
      flowRows.add(r);
    }
    md.table(header, flowRows);
    md.image("When the charity is paid", "provider-cash-flow.png");

    md.section("Transaction costs");
    md.paragraph("Hours x rate for each stage (charity " + VcseBidExample.STAFF_RATE.format() + " an hour, "
        + "commissioner " + VcseBidExample.COMMISSIONER_RATE.format() + "). These fall proportionately hardest on "
        + "small VCSEs (" + STUDY + ", ch. 5, line 1723), some of which stop bidding (ch. 6, line 2285).");
    List<List<String>> tcRows = new ArrayList<>();
    for (String label : VcseBidExample.LABELS) {
      TransactionCosts tc = VcseBidExample.transactionCosts(label);
      for (TransactionCost c : tc.items()) {
        tcRows.add(List.of(label, Words.of(c.party()), Words.of(c.stage()), c.hours().toPlainString(),
            c.amount().format(), c.stage().timing() == io.github.commissioningvfm.model.transaction.TransactionStage
                .Timing.EVERY_YEAR ? "every year" : "once", c.note()));
      }
    }
    md.table(List.of("offer", "party", "stage", "hours", "cost", "when", "what"), tcRows);
    List<List<String>> comRows = new ArrayList<>();
    for (int i = 0; i < commissioner.size(); i++) {
      CommissionerTransactionCost c = commissioner.get(i);
      comRows.add(List.of(VcseBidExample.LABELS.get(i), c.total().format(), c.awarded().format(),
          c.perPoundAwarded().toString()));
    }
    md.paragraph("The commissioner's own transaction cost per contract over the term, and per pound awarded:");
    md.table(List.of("offer", "commissioner's cost", "awarded over the term (expected)", "per pound awarded"),
        comRows);
    List<List<String>> repRows = new ArrayList<>();
    for (String label : VcseBidExample.LABELS) {
      ReportingSchedule r = VcseBidExample.reporting(label);
      repRows.add(List.of(label, r.annualHours().toPlainString(), r.annualCost(VcseBidExample.STAFF_RATE).format(),
          r.shareOfValue(VcseBidExample.STAFF_RATE).toString()));
    }
    md.paragraph("Reporting load against the offer's value (a finding above " + ReportingSchedule.DEFAULT_THRESHOLD
        + ", an argued threshold; monitoring should be proportionate, " + STUDY + ", ch. 4, p. 41):");
    md.table(List.of("offer", "hours a year", "cost a year", "share of value"), repRows);

    md.section("Worth bidding?");
    md.paragraph("Expected value = award probability x net value if won - bid cost, where net value if won = "
        + VcseBidExample.YEARS + " x the expected year's surplus (or minus its subsidy) - the transaction costs of "
        + "negotiating, mobilising and monitoring. The bid cost is spent whether or not the bid wins.");
    List<List<String>> decRows = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      BidDecision d = decisions.get(i);
      decRows.add(List.of(VcseBidExample.LABELS.get(i), d.awardProbability().toString(), d.netIfWon().gross().format(),
          d.netIfWon().transactionCosts().format(), d.netIfWon().net().format(), d.bidCost().format(),
          d.expectedValue().format(), d.worthBidding() ? "**yes**" : "no",
          d.breakEvenProbability().map(Object::toString).orElse("none")));
    }
    md.table(List.of("offer", "award probability", "gross if won", "transaction costs if won", "net if won",
        "bid cost", "expected value", "worth bidding?", "break-even probability"), decRows);
    md.image("Worth bidding?", "worth-bidding.png");

    md.section("The charity and the commissioning cycle");
    VcseProfile now = VcseBidExample.profile();
    VcseProfile after = VcseBidExample.profileIfBlockWon();
    md.bullets(List.of("Income " + now.totalIncome().format() + " (" + now.incomeBand() + "), charity number "
            + now.charityNumber().orElseThrow() + " (illustrative); funder shares: " + VcseBidExample.shares(now)
            + "; volunteers per employee " + now.volunteersPerEmployee().orElseThrow() + ".",
        "If the block is won the ICB's share of income rises to " + after.funderShares().get(0).share()
            + ": in the study one board disagreed over letting NHS funding pass half of total income ("
            + STUDY + ", ch. 6, line 2273).",
        "Mode of this cycle: " + VcseBidExample.cycle().mode("2025 crisis tender").map(Object::toString)
            .orElse("not shown") + " (a tender after co-design)."));
    List<String> found = new ArrayList<>();
    for (Finding f : findings) {
      found.add("**" + Words.of(f.kind()) + "**: " + Words.inText(f.message()));
    }
    if (found.isEmpty()) {
      found.add("none");
    }
    md.paragraph("Findings (bid window checked against " + VcseBidExample.MINIMUM_BID_WINDOW_WEEKS
        + " weeks, an illustrative input):");
    md.bullets(found);
    return md;
  }

  private static String result(Margin m) {
    return m.fullCostRecovered() ? "surplus " + m.surplus().format() : "subsidy " + m.subsidy().format();
  }
}
