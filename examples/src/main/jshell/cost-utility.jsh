// Cost-utility of adult crisis pathways: cohort model, incremental analysis, PSA and value of information.
var crisis = new CrisisPathwayModel();
var run = crisis.model(crisis.baseCase()).run();
System.out.println(run);
var table = IncrementalAnalysis.analyse(run.strategies().stream()
    .map(s -> new StrategyOutcome(s.strategy(), s.totals().cost(), s.totals().qalys())).toList());
System.out.println(table);
System.out.println(NiceThresholds.editions());
var pa = ProbabilisticAnalysis.of(CohortPsa.run(crisis, 1_000, CostUtilityExample.SEED, 2));
System.out.println(pa.acceptabilityFrontier(20_000, 30_000));
System.out.println("EVPI per person at 20,000 per QALY: " + Money.of(pa.evpi(20_000), java.math.RoundingMode.HALF_UP).format());
