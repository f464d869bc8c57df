package io.github.commissioningvfm.model.jackson;

import io.github.commissioningvfm.model.agreement.AgreementDetails;
import io.github.commissioningvfm.model.agreement.AgreementHistory;
import io.github.commissioningvfm.model.agreement.GrantAgreement;
import io.github.commissioningvfm.model.agreement.GrantPurpose;
import io.github.commissioningvfm.model.agreement.GrantTerms;
import io.github.commissioningvfm.model.agreement.Party;
import io.github.commissioningvfm.model.agreement.PartyRole;
import io.github.commissioningvfm.model.agreement.Term;
import io.github.commissioningvfm.model.coproduction.BidExclusion;
import io.github.commissioningvfm.model.coproduction.CoProductionRecord;
import io.github.commissioningvfm.model.coproduction.CoProductionRole;
import io.github.commissioningvfm.model.coproduction.CommissioningMode;
import io.github.commissioningvfm.model.coproduction.Participation;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.CharityNumber;
import io.github.commissioningvfm.model.organisation.CompanyNumber;
import io.github.commissioningvfm.model.organisation.IncomeSource;
import io.github.commissioningvfm.model.organisation.IncomeSourceKind;
import io.github.commissioningvfm.model.organisation.VcseLegalForm;
import io.github.commissioningvfm.model.organisation.VcseProfile;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.BlockWithTopUp;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.GrantInAdvance;
import io.github.commissioningvfm.model.payment.PersonalBudgets;
import io.github.commissioningvfm.model.payment.SpotPurchase;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.provider.ProviderCosts;
import io.github.commissioningvfm.model.provider.ProviderRiskView;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.transaction.BidDecision;
import io.github.commissioningvfm.model.transaction.CommissionerTransactionCost;
import io.github.commissioningvfm.model.transaction.IntermediaryOnGrant;
import io.github.commissioningvfm.model.transaction.ReportingFrequency;
import io.github.commissioningvfm.model.transaction.ReportingRequirement;
import io.github.commissioningvfm.model.transaction.ReportingSchedule;
import io.github.commissioningvfm.model.transaction.TransactionCost;
import io.github.commissioningvfm.model.transaction.TransactionCosts;
import io.github.commissioningvfm.model.transaction.TransactionParty;
import io.github.commissioningvfm.model.transaction.TransactionStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Samples of the provider's side of a contract, for JSON round trips. */
final class ProviderSideSamples {

  private ProviderSideSamples() {
  }

  static List<Object> all() {
    List<Object> s = new ArrayList<>();
    s.addAll(List.of(new BlockWithTopUp(Money.ofPounds(100_000), 400, Money.ofPounds(180)),
        SpotPurchase.of(Money.ofPounds(250)), new PersonalBudgets(20, Money.ofPounds(3_000), Money.ofPounds(25)),
        new GrantInAdvance(Money.ofPounds(50_000)), CharityNumber.of("1089464"), CompanyNumber.of("SC123456"),
        IncomeSourceKind.TRADING, VcseLegalForm.COMPANY_LIMITED_BY_GUARANTEE));
    VcseProfile profile = VcseProfile.builder(VcseLegalForm.CHARITABLE_COMPANY).charityNumber("1089464")
        .companyNumber("01234567").income(IncomeSource.from("contract", IncomeSourceKind.STATUTORY_CONTRACT, "QWE",
            Money.ofPounds(300_000))).income(IncomeSource.of("donations", IncomeSourceKind.DONATIONS,
            Money.ofPounds(100_000))).people(12, 30).build();
    s.addAll(List.of(profile, profile.income().get(0), profile.funderShares().get(0)));
    ProviderCosts costs = ProviderCosts.builder().direct(Money.ofPounds(80_000), Money.ofPounds(40))
        .overheadRate(Proportion.ofPercent("15")).volunteers(10, Money.ofPounds(500))
        .backfill(new BigDecimal("100"), Money.ofPounds(30)).build();
    ProviderRiskView risk = ProviderRiskView.of(List.of(new PaymentOption("block", new Block(Money.ofPounds(150_000))),
        new PaymentOption("per case", new CostPerCase(Money.ofPounds(160)))), ActivityScenarios.ofVolumes(5, 10, 15),
        costs);
    s.addAll(List.of(costs, costs.fullCost(10), risk, risk.rows().get(1), risk.rows().get(0).low(),
        risk.rows().get(0).breakEven(), risk.rows().get(1).breakEven()));
    TransactionCost bid = TransactionCost.of(TransactionParty.PROVIDER, TransactionStage.BID_PREPARATION, "40",
        Money.ofPounds(30), "bid");
    CommissioningEvent tender = CommissioningEvent.of("tender", "2025-01-06", EventType.TENDER_ISSUED, "");
    TransactionCosts costsOf = TransactionCosts.of(bid.at(tender), TransactionCost.of(TransactionParty.COMMISSIONER,
        TransactionStage.BID_EVALUATION, "20", Money.ofPounds(45), ""));
    BidDecision decision = BidDecision.of("A charity", Proportion.ofPercent("40"), Money.ofPounds(5_000), 3, costsOf);
    s.addAll(List.of(bid, costsOf, decision, decision.netIfWon(), TransactionParty.COMMISSIONER,
        TransactionStage.Timing.EVERY_YEAR, TransactionStage.MOBILISATION,
        CommissionerTransactionCost.of(costsOf, 3, 1, Money.ofPounds(300_000)),
        new IntermediaryOnGrant(Money.ofPounds(100_000), Proportion.ofPercent("10")), ReportingFrequency.QUARTERLY,
        new ReportingSchedule("ICB-MH-1", Money.ofPounds(150_000), List.of(ReportingRequirement.of("activity",
            ReportingFrequency.MONTHLY, "6"))), ReportingRequirement.of("outcomes", ReportingFrequency.ANNUAL, "12")));
    GrantTerms terms = GrantTerms.builder(GrantPurpose.CAPACITY).condition("keep the helpline open")
        .awardEachYear(FinancialYear.parse("2025/26"), 2, Money.ofPounds(60_000)).carryForward(Proportion.ofPercent("10"))
        .build();
    AgreementDetails details = AgreementDetails.builder().reference("GRANT-1").party(new Party(Samples.ICB,
        PartyRole.COMMISSIONER)).party(new Party(Samples.CHARITY, PartyRole.PROVIDER))
        .term(Term.of("2025-04-01", "2027-03-31")).annualValue(Money.ofPounds(60_000)).payment(terms.payment(
            FinancialYear.parse("2025/26"))).build();
    s.addAll(List.of(terms, terms.awards().get(0), GrantPurpose.CORE,
        terms.settle(FinancialYear.parse("2025/26"), Money.ZERO, Money.ofPounds(50_000)),
        new GrantAgreement(details, AgreementHistory.EMPTY, "helpline", terms)));
    CommissioningEvent spec = CommissioningEvent.of("tender", "2024-11-01", EventType.SPECIFICATION, "");
    CommissioningHistory history = new CommissioningHistory("crisis", List.of(spec, tender,
        CommissioningEvent.of("tender", "2025-01-20", EventType.BID_DEADLINE, "")));
    Participation participation = new Participation(spec, "A charity", CoProductionRole.CO_DESIGNER);
    BidExclusion exclusion = new BidExclusion("tender", "A charity", java.time.LocalDate.parse("2025-01-07"),
        "conflict of interest");
    CoProductionRecord record = new CoProductionRecord(history, List.of(participation), List.of(exclusion));
    s.addAll(List.of(record, participation, exclusion, CommissioningMode.HYBRID, CoProductionRole.STRATEGIC_PARTNER,
        record.findings(4).get(0)));
    return s;
  }
}
