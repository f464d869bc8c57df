package io.github.commissioningvfm.model.jackson;

import io.github.commissioningvfm.model.agreement.AgreementDetails;
import io.github.commissioningvfm.model.agreement.AgreementHistory;
import io.github.commissioningvfm.model.agreement.AllianceAgreement;
import io.github.commissioningvfm.model.agreement.AllianceMember;
import io.github.commissioningvfm.model.agreement.ContractForm;
import io.github.commissioningvfm.model.agreement.EnhancedService;
import io.github.commissioningvfm.model.agreement.EnhancedServiceType;
import io.github.commissioningvfm.model.agreement.Extension;
import io.github.commissioningvfm.model.agreement.GpContract;
import io.github.commissioningvfm.model.agreement.GpContractType;
import io.github.commissioningvfm.model.agreement.GrantAgreement;
import io.github.commissioningvfm.model.agreement.Kpi;
import io.github.commissioningvfm.model.agreement.NhsStandardContract;
import io.github.commissioningvfm.model.agreement.PartnerContribution;
import io.github.commissioningvfm.model.agreement.Party;
import io.github.commissioningvfm.model.agreement.PartyRole;
import io.github.commissioningvfm.model.agreement.RollOver;
import io.github.commissioningvfm.model.agreement.Section75Agreement;
import io.github.commissioningvfm.model.agreement.ServiceLevelAgreement;
import io.github.commissioningvfm.model.agreement.SubContract;
import io.github.commissioningvfm.model.agreement.Term;
import io.github.commissioningvfm.model.agreement.Variation;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.CycleActivity;
import io.github.commissioningvfm.model.cycle.CycleModel;
import io.github.commissioningvfm.model.cycle.CycleStage;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.cycle.StageSpan;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.organisation.IncomeBand;
import io.github.commissioningvfm.model.organisation.OrganisationCode;
import io.github.commissioningvfm.model.organisation.Provider;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.organisation.SpatialLevel;
import io.github.commissioningvfm.model.organisation.VcseLegalForm;
import io.github.commissioningvfm.model.organisation.VcseProfile;
import io.github.commissioningvfm.model.payment.ActivityBasedPayment;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.AlignedPaymentAndIncentive;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.Capitation;
import io.github.commissioningvfm.model.payment.CostAndVolume;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.CurrencyCode;
import io.github.commissioningvfm.model.payment.LowVolumeActivityBlock;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.OutcomeTrigger;
import io.github.commissioningvfm.model.payment.PaymentLine;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import io.github.commissioningvfm.model.payment.PaymentTiming;
import io.github.commissioningvfm.model.payment.VolumeBand;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.ProviderCashFlowView;
import io.github.commissioningvfm.model.payment.analysis.QuarterAmount;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.payment.analysis.RiskRow;
import io.github.commissioningvfm.model.payment.nhsps.LvaThreshold;
import io.github.commissioningvfm.model.payment.nhsps.SchemeEdition;
import io.github.commissioningvfm.model.payment.nhsps.SchemeEditions;
import io.github.commissioningvfm.model.payment.nhsps.SchemeMechanism;
import io.github.commissioningvfm.model.payment.nhsps.SchemeRate;
import io.github.commissioningvfm.model.payment.nhsps.ThresholdBoundary;
import io.github.commissioningvfm.model.procurement.Bid;
import io.github.commissioningvfm.model.procurement.BidEvaluation;
import io.github.commissioningvfm.model.procurement.EvaluationCriterion;
import io.github.commissioningvfm.model.procurement.EvaluationScheme;
import io.github.commissioningvfm.model.procurement.KeyCriterion;
import io.github.commissioningvfm.model.procurement.ProcurementRoute;
import io.github.commissioningvfm.model.procurement.RankedBid;
import io.github.commissioningvfm.model.procurement.RouteDecision;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.DiscountRate;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One or more instances of every public model type, for JSON round trips. */
final class Samples {

  private Samples() {
  }

  static final CurrencyCode WF01A = CurrencyCode.of("WF01A");
  static final Commissioner ICB = Commissioner.of("QWE", "An ICB", CommissionerType.INTEGRATED_CARE_BOARD);
  static final Provider CHARITY = Provider.vcse("NL123", "A charity", VcseLegalForm.COMMUNITY_INTEREST_COMPANY,
      IncomeBand.MEDIUM);
  static final Provider TRUST = Provider.of("RXX", "A trust", ProviderType.NHS_FOUNDATION_TRUST);

  static List<Object> all() {
    List<Object> s = new ArrayList<>();
    // foundation
    FinancialYear year = FinancialYear.parse("2024/25");
    Cost cost = Cost.of("1234.5678", "2024/25");
    s.addAll(List.of(Money.of("1234.56"), Money.of("-0.01"), BigMoney.of("12.3456"), cost, year,
        FinancialQuarter.parse("2024/25 Q3"), FinancialYearRange.parse("2023/24..2024/25"),
        Percentage.ofPercent("12.5"), Proportion.ofPercent("25"), DiscountRate.ofPercent("3.5"),
        InflationRate.ofPercent("2.9"), Provenance.of("PSSRU", "2024", "row-1", "Table 1").withAdjustment("rebased"),
        new SourcedCost(cost, Provenance.userSupplied("programme budget"))));
    // organisation
    s.addAll(List.of(ICB, CHARITY, TRUST, OrganisationCode.of("RXX"), new VcseProfile(VcseLegalForm.CHARITABLE_TRUST,
        IncomeBand.SMALL), SpatialLevel.PLACE, CommissionerType.LOCAL_AUTHORITY, ProviderType.GP_PRACTICE,
        IncomeBand.MAJOR, VcseLegalForm.CHARITABLE_COMPANY));
    // payment
    Block block = new Block(Money.ofPounds(200_000));
    CapAndCollar cc = new CapAndCollar(Money.ofPounds(200_000), new VolumeBand(800, 1_200), Money.ofPounds(150),
        Money.ofPounds(30_000));
    OutcomeBased ob = new OutcomeBased(Money.ofPounds(100_000), Proportion.ofPercent("20"),
        List.of(new OutcomeTrigger("t", "recovery", Proportion.ALL)));
    AlignedPaymentAndIncentive api = AlignedPaymentAndIncentive.builder().fixedElement(Money.ofPounds(2_000_000))
        .elective(WF01A, Money.of("150.00"), 1_000).marketForcesFactor(new BigDecimal("1.05"))
        .qualityElement(Money.ofPounds(40_000)).build();
    ActivityReport report = ActivityReport.ofVolumes(Map.of(WF01A, 1_100L)).withOutcomesMet(Set.of("t"))
        .withQualityAchieved(Proportion.ofPercent("50"));
    Blended blended = Blended.of(block, new CostPerCase(Money.of("412.35")), ob);
    PaymentStatement statement = blended.statement(ActivityReport.ofVolume(137));
    s.addAll(List.of(block, cc, ob, api, blended,
        new CostAndVolume(500, Money.of("320.00"), Proportion.ofPercent("50")),
        new CostPerCase(Money.of("412.35")), new Capitation(12_500, Money.of("18.40")),
        new LowVolumeActivityBlock(Money.of("312456.78"), "2025/26"),
        new ActivityBasedPayment(Map.of(WF01A, Money.of("150.00")), new BigDecimal("1.05")),
        report, WF01A, PaymentTiming.IN_ARREARS, new VolumeBand(1, 2), new OutcomeTrigger("x", "y", Proportion.ALL),
        statement, statement.lines().get(0), api.statement(report)));
    // payment analysis
    QuarterlyCashFlow cf = QuarterlyCashFlow.of(statement, FinancialYear.parse("2025/26"));
    CommissionerRiskView risk = CommissionerRiskView.of(List.of(new PaymentOption("block", block),
        new PaymentOption("cap and collar", cc)), ActivityScenarios.ofVolumes(600, 1_000, 1_400));
    s.addAll(List.of(cf, cf.quarters().get(0), risk, risk.rows().get(1), risk.scenarios(),
        new PaymentOption("blended", blended)));
    ProviderCashFlowView cashView = ProviderCashFlowView.of(List.of(new PaymentOption("block", block),
        new PaymentOption("outcomes", ob)), report, FinancialYear.parse("2025/26"), Money.ofPounds(150_000));
    s.addAll(List.of(cashView, cashView.rows().get(1)));
    // scheme
    SchemeEditions editions = SchemeEditions.standard();
    SchemeEdition edition = editions.forYear(FinancialYear.parse("2025/26"));
    s.addAll(List.of(editions, edition, edition.lvaThreshold(), edition.apiVariableRate(), edition.costUplifts().get(0),
        editions.forYear(FinancialYear.parse("2023/24")).costUplifts().get(0),
        SchemeMechanism.ACTIVITY_BASED_PAYMENT,
        ThresholdBoundary.AT_OR_BELOW));
    // agreements
    AgreementDetails details = AgreementDetails.builder().reference("ICB-MH-1").party(new Party(ICB,
        PartyRole.COMMISSIONER)).party(new Party(CHARITY, PartyRole.PROVIDER)).term(Term.of("2025-04-01",
        "2026-03-31")).annualValue(Money.ofPounds(200_000)).payment(cc).kpi(new Kpi("K1", "answered", "90%"))
        .outcomeMeasure("SWEMWBS").build();
    AgreementHistory history = AgreementHistory.EMPTY
        .with(new Variation(LocalDate.parse("2025-10-01"), "more hours", Optional.of(Money.ofPounds(210_000))))
        .with(new Variation(LocalDate.parse("2025-11-01"), "new KPI", Optional.empty()))
        .with(new Extension(LocalDate.parse("2026-03-01"), LocalDate.parse("2027-03-31"), "option"))
        .with(new RollOver(LocalDate.parse("2027-03-28"), LocalDate.parse("2028-03-31"), "late"));
    s.addAll(history.changes());
    s.addAll(List.of(details, history, Term.of("2025-04-01", "2026-03-31"),
        new NhsStandardContract(details, history, ContractForm.FULL_LENGTH),
        new GrantAgreement(details, AgreementHistory.EMPTY, "peer support"),
        new SubContract(details, AgreementHistory.EMPTY, "HEAD-1"),
        new GpContract(details, AgreementHistory.EMPTY, GpContractType.PMS),
        new EnhancedService(details, AgreementHistory.EMPTY, EnhancedServiceType.DIRECTED, "Network Contract DES"),
        new Section75Agreement(details, AgreementHistory.EMPTY, List.of(new PartnerContribution(
            OrganisationCode.of("QWE"), Money.ofPounds(120_000)), new PartnerContribution(
            OrganisationCode.of("E08000035"), Money.ofPounds(80_000)))),
        new AllianceAgreement(details, AgreementHistory.EMPTY, List.of(new AllianceMember(OrganisationCode.of("RXX"),
            Proportion.ofPercent("70")), new AllianceMember(OrganisationCode.of("NL123"), Proportion.ofPercent("30")))),
        new ServiceLevelAgreement(details, AgreementHistory.EMPTY), new Party(TRUST, PartyRole.LEAD_PROVIDER),
        new Kpi("K2", "waits", "14 days"), new PartnerContribution(OrganisationCode.of("QWE"), Money.ofPounds(1)),
        new AllianceMember(OrganisationCode.of("RXX"), Proportion.ALL), PartyRole.HOST, ContractForm.SHORTER_FORM,
        GpContractType.GMS, EnhancedServiceType.LOCAL));
    // cycle
    CommissioningHistory ch = new CommissioningHistory("crisis line", List.of(
        CommissioningEvent.of("tender", "2019-01-10", EventType.NEEDS_ASSESSMENT, "JSNA"),
        CommissioningEvent.of("tender", "2019-06-01", EventType.AWARD, "award"),
        CommissioningEvent.of("tender", "2020-03-30", EventType.ROLL_OVER, "")));
    s.addAll(List.of(ch, ch.events().get(0), ch.findings().get(0), ch.stages("tender").get(0),
        CycleModel.NHS_ENGLAND, CycleStage.PROCURING_SERVICES, CycleActivity.SEEK_VIEWS, EventType.EVALUATION,
        FindingKind.NO_MONITORING, FindingKind.Severity.GAP,
        new Finding(FindingKind.NO_MONITORING, "c", Optional.empty(), "none"),
        new StageSpan("c", CycleStage.STRATEGIC_PLANNING, LocalDate.parse("2020-01-01"), LocalDate.parse("2020-02-01"),
            2)));
    // procurement
    EvaluationScheme scheme = new EvaluationScheme(Proportion.ofPercent("70"), List.of(new EvaluationCriterion("q",
        "quality", Proportion.ALL, Optional.of(KeyCriterion.QUALITY_AND_INNOVATION))), 4);
    BidEvaluation evaluation = BidEvaluation.evaluate(scheme, List.of(
        new Bid("A", Money.ofPounds(100), Map.of("q", 4)), new Bid("B", Money.ofPounds(90), Map.of("q", 3)),
        new Bid("C", Money.ofPounds(100), Map.of("q", 4))));
    s.addAll(List.of(scheme, evaluation, evaluation.ranking().get(0), scheme.criteria().get(0),
        new Bid("A", Money.ofPounds(100), Map.of("q", 4)), ProcurementRoute.DIRECT_AWARD_C, KeyCriterion.SOCIAL_VALUE,
        new RouteDecision(ProcurementRoute.DIRECT_AWARD_C, LocalDate.parse("2024-06-01"),
            Optional.of("existing provider satisfactory")),
        new RouteDecision(ProcurementRoute.COMPETITIVE_PROCESS, LocalDate.parse("2024-06-01"), Optional.empty()),
        new RankedBid(2, "B", new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("0.650000"))));
    s.add(new LvaThreshold(Money.ofPounds(1), ThresholdBoundary.BELOW, "basis", Provenance.userSupplied("test")));
    s.add(new SchemeRate(Proportion.ALL, Provenance.userSupplied("test")));
    s.add(new QuarterAmount(FinancialQuarter.parse("2025/26 Q1"), Money.ZERO));
    s.add(new RiskRow("o", "block", Money.ZERO, Money.ZERO, Money.ZERO));
    // outcome measures: the standard registry, and one with both thresholds present
    s.addAll(io.github.commissioningvfm.model.outcome.OutcomeMeasureRegistry.standard().measures());
    io.github.commissioningvfm.model.outcome.ChangeThreshold threshold =
        new io.github.commissioningvfm.model.outcome.ChangeThreshold(2.86, "a published threshold");
    s.add(threshold);
    s.add(io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures.SDQ_TOTAL.withMeaningfulChange(threshold));
    s.addAll(List.of(io.github.commissioningvfm.model.outcome.ScoreDirection.values()));
    s.addAll(ProviderSideSamples.all());
    // rules: payment scheme relationships, PSR decisions, MHIS, Place, monitoring
    s.addAll(RulesSamples.all());
    return s;
  }
}
