package io.github.commissioningvfm.vfm.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import io.github.commissioningvfm.model.payment.analysis.ProviderCashFlowView;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.provider.ProviderCosts;
import io.github.commissioningvfm.model.provider.ProviderRiskView;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.cea.CostEffect;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiOptionResult;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.outcomes.value.DoseVfm;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.uncertainty.TornadoRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartAdaptersTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2025/26");

  @Test
  void tornadoFromRowsIsSortedAndRefusesAnUndefinedResult() {
    TornadoChart t = ChartAdapters.tornado("t", "NPSV (GBP, 2024/25 prices)", 100, List.of(
        new TornadoRow("discount rate", 0.015, 0.05, number(110), number(95), number(15)),
        new TornadoRow("uptake", 0.2, 0.6, number(40), number(170), number(130))));
    assertEquals(List.of("uptake", "discount rate"), t.bars().stream().map(TornadoChart.TornadoBar::input).toList());
    assertEquals(40, t.bars().get(0).atLow(), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartAdapters.tornado("t", "m", 0,
        List.of(new TornadoRow("uptake", 0, 1, new Figure.Undefined("no result"), number(1),
            new Figure.Undefined("no result")))));
    assertEquals("Argument 'rows' must have a result at the low and the high value of every input, but this input has"
        + " none: uptake", e.getMessage());
  }

  @Test
  void acceptabilityHasOneCurvePerOption() {
    AcceptabilityChart a = ChartAdapters.acceptability("t", "Threshold (GBP per point)", List.of(
        new AcceptabilityPoint(0, Map.of("fund", 0.3, "status quo", 0.7), Map.of("fund", 1.0, "status quo", 2.0), 0),
        new AcceptabilityPoint(100, Map.of("fund", 0.6, "status quo", 0.4), Map.of("fund", 3.0, "status quo", 2.0), 0)));
    assertEquals(List.of("fund", "status quo"), a.curves().stream().map(AcceptabilityChart.Curve::option).toList());
    assertEquals(List.of(new XyPoint(0, 0.3), new XyPoint(100, 0.6)), a.curves().get(0).points());
  }

  @Test
  void planeIsRelativeToTheComparatorAndNamesThePriceBase() {
    CostEffect comparator = new CostEffect("status quo", Cost.of("1000", "2024/25"), new BigDecimal("2"));
    CostEffectivenessPlaneChart p = ChartAdapters.costEffectivenessPlane("Plane", "Incremental effect (QALYs)", comparator,
        List.of(new CostEffect("fund", Cost.of("4000", "2024/25"), new BigDecimal("2.5"))), List.of(20_000.0));
    assertEquals(List.of(new XyPoint(0.5, 3000)), p.points());
    assertEquals("Plane (GBP, 2024/25 prices)", p.title());
    assertEquals("Incremental cost (GBP, 2024/25 prices)", p.yAxisLabel());
  }

  private static Figure number(double v) {
    return new Figure.Ratio(BigDecimal.valueOf(v));
  }

  @Test
  void roiByYearCarriesNAndThePriceBaseAndRefusesAResultWithoutContacts() {
    FinancialYear y20 = FinancialYear.parse("2020/21");
    Cost perContact = Cost.of("41.48", "2024/25");
    AlternativeYear contacts = AlternativeYear.of("A&E", y20, 2_411,
        Optional.of(new AlternativeCosting.DeclaredZero("test")), perContact);
    RoiFigures year = RoiFigures.of("2020/21", Cost.of("100000", "2024/25"), Cost.of("120000", "2024/25"));
    RoiOptionResult option = new RoiOptionResult("safe haven", year, year, List.of(year), List.of(), List.of(),
        List.of());
    RoiResult withContacts = new RoiResult("counterfactual-roi", "safe haven", "stated alternatives", List.of(option),
        List.of(), List.of(), List.of(contacts));
    RoiByYearChart r = ChartAdapters.roiByYear("Safe haven ROI by year", withContacts);
    assertEquals("Safe haven ROI by year (costs in 2024/25 prices)", r.title());
    assertEquals(List.of("2020/21 (n = 2,411)"), r.categoryLabels());
    RoiResult appraisal = new RoiResult("roi", "appraisal", "do nothing", List.of(option), List.of(), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartAdapters.roiByYear("t", appraisal));
    assertEquals("Argument 'result' must carry contacts per year (a counterfactual ROI of contact records): appraisal",
        e.getMessage());
  }

  @Test
  void doseKeepsIntervalsAndSaysWhereThereIsNone() {
    Estimate withInterval = Estimate.of("Cost-weighted VfM", "sum improvement / sum cost", "SDQ points per GBP", 0.02)
        .withInterval(new Interval(0.01, 0.03, 0.95, "delta method"));
    Estimate alone = Estimate.of("Cost-weighted VfM", "sum improvement / sum cost", "SDQ points per GBP", 0.01);
    Estimate any = Estimate.of("x", "x", "x", 1);
    DoseChart d = ChartAdapters.vfmByDose("t", List.of(new DoseVfm(1, 40, any, withInterval, any),
        new DoseVfm(2, 1, any, alone, any)));
    assertEquals(List.of(DoseChart.DosePoint.of(1, 40, 0.02, 0.01, 0.03), DoseChart.DosePoint.withoutInterval(2, 1,
        0.01)), d.doses());
    assertEquals("Cost-weighted VfM (SDQ points per GBP)", d.yAxisLabel());
    assertEquals("95% interval (delta method)", d.intervalLabel());
  }

  @Test
  void paymentAndCashFlowFromThePaymentViews() {
    List<PaymentOption> options = List.of(new PaymentOption("block", new Block(Money.ofPounds(240_000))),
        new PaymentOption("cost per case", new CostPerCase(Money.ofPounds(120))));
    PaymentByActivityChart p = ChartAdapters.paymentByActivity("t",
        CommissionerRiskView.of(options, ActivityScenarios.ofVolumes(1_500, 2_000, 2_500)));
    assertEquals(List.of("low (1,500 units)", "expected (2,000 units)", "high (2,500 units)"), p.scenarios());
    assertEquals(List.of(180_000.0, 240_000.0, 300_000.0), p.options().get(1).amounts());
    List<QuarterlyCashFlow> flows = options.stream().map(o -> QuarterlyCashFlow.of(o.mechanism().statement(
        ActivityReport.ofVolume(2_000)), YEAR)).toList();
    CashFlowChart c = ChartAdapters.cashFlow("When the provider is paid", List.of("block", "cost per case"), flows);
    assertEquals("When the provider is paid (GBP, 2025/26 prices)", c.title());
    assertEquals("2026/27 Q1", c.quarters().get(c.quarters().size() - 1));
    assertEquals(240_000.0, c.options().get(0).amounts().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
    assertTrue(c.options().get(1).amounts().get(0) == 0.0, "cost per case is paid a quarter in arrears");
  }

  @Test
  void cohortTraceHasOneLinePerStateOverYears() {
    double[][] p = {{0.8, 0.15, 0.05}, {0.2, 0.7, 0.1}, {0, 0, 1}};
    var run = io.github.commissioningvfm.vfm.markov.MarkovModel.builder().states("Well", "Ill", "Dead").dead("Dead")
        .initial(1, 0, 0).cycles(4)
        .strategy(io.github.commissioningvfm.vfm.markov.MarkovStrategy.of("usual care",
            io.github.commissioningvfm.vfm.markov.TransitionModel.constant(
                io.github.commissioningvfm.vfm.markov.TransitionMatrix.of(List.of("Well", "Ill", "Dead"), p)),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(100, 2000, 0),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(0.9, 0.6, 0)))
        .build().run().strategies().get(0);
    LineChart trace = ChartAdapters.cohortTrace("Trace", run, 0.25);
    assertEquals(List.of("Well", "Ill", "Dead"), trace.lines().stream().map(LineChart.Line::name).toList());
    LineChart.Line well = trace.lines().get(0);
    assertEquals(new XyPoint(0, 1), well.points().get(0));
    assertEquals(0.25, well.points().get(1).x(), 0);
    assertEquals(run.trace()[1][0], well.points().get(1).y(), 0);
    IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
        () -> ChartAdapters.cohortTrace("Trace", run, 0));
    assertEquals("Argument 'cycleYears' must be positive: 0.0", cycle.getMessage());
  }

  @Test
  void timelinePlacesEachEventByDateAndStage() {
    var history = io.github.commissioningvfm.model.cycle.CommissioningHistory.of("Safe haven")
        .with(io.github.commissioningvfm.model.cycle.CommissioningEvent.of("2024 contract", "2023-07-02",
            io.github.commissioningvfm.model.cycle.EventType.NEEDS_ASSESSMENT, "JSNA"))
        .with(io.github.commissioningvfm.model.cycle.CommissioningEvent.of("2024 contract", "2023-10-01",
            io.github.commissioningvfm.model.cycle.EventType.SPECIFICATION, "outline"));
    LineChart c = ChartAdapters.commissioningTimeline("Timeline", history);
    assertEquals(1, c.lines().size());
    assertEquals(1.0, c.lines().get(0).points().get(0).y(), 0);   // strategic planning
    assertEquals(2.0, c.lines().get(0).points().get(1).y(), 0);   // procuring services
    assertEquals(2023 + 182 / 365.25, c.lines().get(0).points().get(0).x(), 1e-12);
  }

  @Test
  void improvementByDoseGroupsParticipantsBySessions() {
    String csv = "participant_id,sdq_initial,sdq_final,sessions_attended\n"
        + "a,20,14,1\nb,18,16,1\nc,25,15,3\n";
    var schema = io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema.builder(
        io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").build();
    var cleaned = io.github.commissioningvfm.vfm.outcomes.clean.Cleaner.standard().clean(
        io.github.commissioningvfm.vfm.outcomes.load.ParticipantData.readCsv(new java.io.StringReader(csv),
            "inline.csv", schema));
    var change = io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis.of(cleaned,
        io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures.SDQ_TOTAL);
    BoxPlot box = ChartAdapters.improvementByDose("SDQ improvement by sessions", change);
    assertEquals(List.of("1 session (n = 2)", "3 sessions (n = 1)"),
        box.groups().stream().map(BoxPlot.Group::name).toList());
    assertEquals(List.of(6.0, 2.0), box.groups().get(0).values());   // initial - final: lower SDQ is better
    assertEquals(List.of(10.0), box.groups().get(1).values());
  }

  @Test
  void roiByYearCountsTheContactsOfEachYearOnly() {
    FinancialYear y20 = FinancialYear.parse("2020/21");
    FinancialYear y21 = FinancialYear.parse("2021/22");
    Cost perContact = Cost.of("41.48", "2024/25");
    Optional<AlternativeCosting> zero = Optional.of(new AlternativeCosting.DeclaredZero("test"));
    RoiFigures first = RoiFigures.of("2020/21", Cost.of("100000", "2024/25"), Cost.of("120000", "2024/25"));
    RoiFigures second = RoiFigures.of("2021/22", Cost.of("100000", "2024/25"), Cost.of("90000", "2024/25"));
    RoiOptionResult option = new RoiOptionResult("safe haven", first, first, List.of(first, second), List.of(),
        List.of(), List.of());
    RoiResult result = new RoiResult("counterfactual-roi", "safe haven", "stated alternatives", List.of(option),
        List.of(), List.of(), List.of(AlternativeYear.of("A&E", y20, 2_411, zero, perContact),
            AlternativeYear.of("A&E", y21, 2_702, zero, perContact),
            AlternativeYear.of("GP", y21, 98, zero, perContact)));
    RoiByYearChart r = ChartAdapters.roiByYear("ROI", result);
    assertEquals(List.of("2020/21 (n = 2,411)", "2021/22 (n = 2,800)"), r.categoryLabels());
    assertEquals(List.of(1.2, 0.9), r.years().stream().map(RoiByYearChart.RoiYear::roiRatio).toList());
  }

  @Test
  void cashFlowRefusesUnnamedFlowsAndMixedYears() {
    PaymentOption block = new PaymentOption("block", new Block(Money.ofPounds(240_000)));
    QuarterlyCashFlow flow = QuarterlyCashFlow.of(block.mechanism().statement(ActivityReport.ofVolume(2_000)), YEAR);
    QuarterlyCashFlow later = QuarterlyCashFlow.of(block.mechanism().statement(ActivityReport.ofVolume(2_000)),
        FinancialYear.parse("2026/27"));
    IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
        () -> ChartAdapters.cashFlow("t", List.of("block"), List.of(flow, flow)));
    assertEquals("Argument 'options' must name each cash flow (2): 1", unnamed.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> ChartAdapters.cashFlow("t", List.of("this year", "next year"), List.of(flow, later)));
    assertEquals("Argument 'flows' must cover one financial year 2025/26: 2026/27", mixed.getMessage());
  }

  @Test
  void providerViewsGiveNetByActivityAndCashFlow() {
    // Costs and margins as worked in the provider-view tests of commissioning-model: full cost
    // 100,000 + 46 a case, i.e. 136,800 / 146,000 / 155,200 at 800 / 1,000 / 1,200 cases.
    ProviderCosts costs = ProviderCosts.builder().direct(Money.ofPounds(80_000), Money.ofPounds(40))
        .overheadRate(Proportion.ofPercent("15")).volunteers(10, Money.ofPounds(500))
        .backfill(new BigDecimal("100"), Money.ofPounds(30)).build();
    List<PaymentOption> options = List.of(new PaymentOption("block", new Block(Money.ofPounds(150_000))),
        new PaymentOption("per case", new CostPerCase(Money.ofPounds(160))));
    AmountBarChart net = ChartAdapters.providerNetByActivity("Net (GBP)", ProviderRiskView.of(options,
        ActivityScenarios.ofVolumes(800, 1_000, 1_200), costs));
    assertEquals("Surplus (+) or subsidy (-), GBP a year", net.yAxisLabel());
    assertEquals("Activity scenario", net.xAxisLabel());
    assertEquals(List.of("low (800 units)", "expected (1,000 units)", "high (1,200 units)"), net.categories());
    assertEquals(List.of(new AmountSeries("block", List.of(13_200.0, 4_000.0, -5_200.0)),
        new AmountSeries("per case", List.of(-8_800.0, 14_000.0, 36_800.0))), net.series());
    CashFlowChart cash = ChartAdapters.providerCashFlow("When the provider is paid",
        ProviderCashFlowView.of(options, ActivityReport.ofVolume(1_000), YEAR, Money.ofPounds(146_000)));
    CashFlowChart direct = ChartAdapters.cashFlow("When the provider is paid", List.of("block", "per case"),
        options.stream().map(o -> QuarterlyCashFlow.of(o.mechanism().statement(ActivityReport.ofVolume(1_000)), YEAR))
            .toList());
    assertEquals("When the provider is paid (GBP, 2025/26 prices)", cash.title());
    assertEquals(direct, cash);
    assertEquals(160_000.0, cash.options().get(1).amounts().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
  }
}
