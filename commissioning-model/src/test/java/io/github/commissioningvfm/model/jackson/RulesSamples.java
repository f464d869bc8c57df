package io.github.commissioningvfm.model.jackson;

import io.github.commissioningvfm.model.cycle.Responsibility;
import io.github.commissioningvfm.model.investment.MhisAssessment;
import io.github.commissioningvfm.model.investment.MhisExclusion;
import io.github.commissioningvfm.model.investment.MhisSpend;
import io.github.commissioningvfm.model.investment.MhisYear;
import io.github.commissioningvfm.model.monitoring.ContactRecord;
import io.github.commissioningvfm.model.monitoring.KpiDirection;
import io.github.commissioningvfm.model.monitoring.KpiMeasurement;
import io.github.commissioningvfm.model.monitoring.KpiTarget;
import io.github.commissioningvfm.model.monitoring.MonitoredKpi;
import io.github.commissioningvfm.model.monitoring.MonitoringFindingKind;
import io.github.commissioningvfm.model.monitoring.MonitoringPlan;
import io.github.commissioningvfm.model.monitoring.PairedScores;
import io.github.commissioningvfm.model.monitoring.ParticipantRecord;
import io.github.commissioningvfm.model.monitoring.ReviewPoint;
import io.github.commissioningvfm.model.monitoring.ServiceDashboard;
import io.github.commissioningvfm.model.monitoring.TalkingTherapiesOutcomes;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.nhsps.ExcludedActivity;
import io.github.commissioningvfm.model.payment.nhsps.LocalPriceChange;
import io.github.commissioningvfm.model.payment.nhsps.LocalPriceChangeKind;
import io.github.commissioningvfm.model.payment.nhsps.LvaExclusion;
import io.github.commissioningvfm.model.payment.nhsps.Relationship;
import io.github.commissioningvfm.model.payment.nhsps.RelationshipSelection;
import io.github.commissioningvfm.model.payment.nhsps.SchemeEdition;
import io.github.commissioningvfm.model.payment.nhsps.SchemeEditions;
import io.github.commissioningvfm.model.place.DecisionRight;
import io.github.commissioningvfm.model.place.DelegatedMatter;
import io.github.commissioningvfm.model.place.Delegation;
import io.github.commissioningvfm.model.place.DelegationHistory;
import io.github.commissioningvfm.model.place.OrganisationResult;
import io.github.commissioningvfm.model.place.PoolBasis;
import io.github.commissioningvfm.model.place.PoolContribution;
import io.github.commissioningvfm.model.place.PooledArrangement;
import io.github.commissioningvfm.model.place.PopulationBasis;
import io.github.commissioningvfm.model.place.PopulationBudget;
import io.github.commissioningvfm.model.place.SystemComparison;
import io.github.commissioningvfm.model.place.WorkstreamSpend;
import io.github.commissioningvfm.model.procurement.ConsiderableChangeThreshold;
import io.github.commissioningvfm.model.procurement.ModificationGround;
import io.github.commissioningvfm.model.procurement.ProcessStatus;
import io.github.commissioningvfm.model.procurement.ProcurementRoute;
import io.github.commissioningvfm.model.procurement.PsrAssessment;
import io.github.commissioningvfm.model.procurement.PsrCircumstances;
import io.github.commissioningvfm.model.procurement.PsrModification;
import io.github.commissioningvfm.model.procurement.PsrModificationAssessment;
import io.github.commissioningvfm.model.procurement.StandstillPeriod;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Samples of the scheme-relationship, PSR, MHIS, Place and monitoring types, for the JSON round trip. */
final class RulesSamples {

  private RulesSamples() {
  }

  static List<Object> all() {
    List<Object> s = new ArrayList<>();
    // payment scheme relationships
    SchemeEdition edition = SchemeEditions.standard().forYear(FinancialYear.parse("2025/26"));
    ExcludedActivity homecare = new ExcludedActivity("homecare drugs", Money.ofPounds(10_000));
    Relationship relationship = Relationship.builder(ProviderType.NHS_TRUST, CommissionerType.INTEGRATED_CARE_BOARD)
        .annualValue(Money.ofPounds(900_000)).lvaValueMandated(true)
        .lvaExclusion(LvaExclusion.MH_LEAD_PROVIDER_COLLABORATIVE).excludedActivity(homecare).build();
    RelationshipSelection selection = edition.select(relationship);
    LocalPriceChange change = new LocalPriceChange(LocalPriceChangeKind.LOCAL_VARIATION, "clinic", Money.ofPounds(-5),
        "bundled", LocalDate.of(2025, 4, 1));
    s.addAll(List.of(homecare, relationship, selection, selection.steps().get(0), edition.rules(),
        edition.rules().lvaExclusions().get(0), edition.costUplifts().get(0).costUplift(), change,
        change.applyTo(new CostPerCase(Money.ofPounds(10)).statement(ActivityReport.ofVolume(3))),
        LocalPriceChangeKind.LOCAL_MODIFICATION_APPLICATION, CommissionerType.CLINICAL_COMMISSIONING_GROUP,
        ProviderType.LOCAL_AUTHORITY));
    // commissioners in time
    s.add(new Responsibility("grant", Commissioner.of("05X", "A CCG", CommissionerType.CLINICAL_COMMISSIONING_GROUP),
        LocalDate.of(2017, 4, 1), Optional.of(LocalDate.of(2022, 6, 30))));
    // Provider Selection Regime
    PsrCircumstances circumstances = PsrCircumstances.builder().existingProvider(true).existingContractExpiring(true)
        .incumbentSatisfactory(true).materiallyDifferentInCharacter(true).mostSuitableProviderIdentifiable(true)
        .lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_200_000)).build();
    PsrAssessment assessment = PsrAssessment.of(circumstances);
    s.addAll(List.of(circumstances, assessment, assessment.options().get(0), ProcessStatus.UNDETERMINED,
        StandstillPeriod.after(LocalDate.of(2025, 3, 3), Set.of()), ConsiderableChangeThreshold.standard(),
        ConsiderableChangeThreshold.standard().withMinimumRise(Percentage.ofPercent("25"), "a caller's reading")));
    PsrModification modification = PsrModification.builder(ProcurementRoute.COMPETITIVE_PROCESS)
        .attributableToAuthority(true).lifetimeValue(Money.ofPounds(4_000_000), Money.ofPounds(-600_000))
        .modificationValue(Money.ofPounds(-100_000)).build();
    s.addAll(List.of(modification, PsrModificationAssessment.of(modification), PsrModificationAssessment.of(
        PsrModification.builder(ProcurementRoute.DIRECT_AWARD_A).materiallyDifferentInCharacter(true).build()),
        ModificationGround.PROVIDER_SUCCESSION));
    // Mental Health Investment Standard
    MhisYear y1 = new MhisYear(FinancialYear.parse("2023/24"), Money.ofPounds(1_000),
        List.of(MhisSpend.counted("community", Money.ofPounds(100))));
    MhisYear y2 = new MhisYear(FinancialYear.parse("2024/25"), Money.ofPounds(1_100),
        List.of(MhisSpend.counted("community", Money.ofPounds(105)),
            MhisSpend.excluded("memory clinic", Money.ofPounds(9), MhisExclusion.DEMENTIA)));
    MhisAssessment mhis = MhisAssessment.of("An ICB", List.of(y1, y2));
    s.addAll(List.of(mhis, mhis.results().get(0), y1, y2.spend().get(1), MhisExclusion.AUTISM));
    // Place
    Delegation delegation = Delegation.builder("ICB", "North Place committee", DecisionRight.RECOMMEND)
        .scope("community mental health").decisions().budget(Money.ofPounds(5_000)).ratifiedBy("ICB board").build();
    s.addAll(List.of(delegation, new DelegationHistory(List.of(delegation)), DelegatedMatter.WORKFORCE,
        new WorkstreamSpend("North", "mental health", Money.ofPounds(3)), PoolBasis.SECTION_75,
        new PoolContribution("ICB", Money.ofPounds(7)),
        new PooledArrangement("BCF", PoolBasis.BETTER_CARE_FUND, FinancialYear.parse("2025/26"),
            List.of(new PoolContribution("ICB", Money.ofPounds(7))), "Council", "Council"),
        new PopulationBudget("Trust", PopulationBasis.CONDITION, "people living with diabetes", 10,
            FinancialYear.parse("2025/26"), Money.ofPounds(100)),
        new SystemComparison("option", List.of(new OrganisationResult("ICB", Money.ofPounds(2), Money.ofPounds(1))))));
    // monitoring
    MonitoredKpi kpi = new MonitoredKpi("K1", "seen within 14 days", new KpiTarget(KpiDirection.AT_LEAST,
        new BigDecimal("90"), "%"), List.of(new KpiMeasurement("2025/26 Q1", LocalDate.of(2025, 6, 30),
            new BigDecimal("85.5"))));
    MonitoringPlan plan = new MonitoringPlan("crisis line", List.of(kpi), List.of(new ReviewPoint(
        LocalDate.of(2025, 1, 10), "annual review")));
    ServiceDashboard dashboard = ServiceDashboard.of(List.of(new ParticipantRecord("p1", "GP", Optional.of(1),
        Optional.empty(), true)), List.of(new ContactRecord("p1", LocalDate.of(2025, 5, 1), true)));
    s.addAll(List.of(plan, kpi, kpi.target(), kpi.measurements().get(0), plan.reviews().get(0),
        plan.findings(LocalDate.of(2026, 6, 30), 1).get(0), MonitoringFindingKind.NO_DATA, dashboard,
        dashboard.attendance(), dashboard.referralRoutes().get(0), new ContactRecord("p1", LocalDate.of(2025, 5, 1),
            false), new ParticipantRecord("p2", "self", Optional.empty(), Optional.of("18-25"), false),
        new PairedScores("r1", 3, 15, 6, 12, 5), TalkingTherapiesOutcomes.of(List.of(
            new PairedScores("r1", 3, 15, 6, 12, 5)))));
    s.addAll(List.of(KpiDirection.AT_MOST, DecisionRight.ADVISE, PopulationBasis.GEOGRAPHIC,
        new OrganisationResult("Council", Money.ZERO, Money.ofPounds(4))));
    return s;
  }
}
