package io.github.commissioningvfm.vfm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.jackson.CommissioningVfmModule;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cea.CeaStrategy;
import io.github.commissioningvfm.vfm.engine.BatchResult;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.Cell;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.sroi.SroiStrategy;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public result type, and {@code Appraisal}, writes to JSON and reads back equal, with the
 * engine's module alone, with the model's module registered as well, and as found by
 * {@code findAndRegisterModules()}: the engine's results, the uncertainty results, the Markov and
 * cost-utility results, and the patient-level pipeline's change categories, regression and
 * value-for-money results, and the change result with the cleaned participant records it was computed
 * from.
 */
class VfmJacksonModuleTest {

  private static final ObjectMapper VFM_ONLY = new ObjectMapper().registerModule(new VfmJacksonModule());
  private static final ObjectMapper BOTH = new ObjectMapper().registerModule(new CommissioningVfmModule())
      .registerModule(new VfmJacksonModule());
  /** What a user gets from {@code findAndRegisterModules()}: the module is listed in META-INF/services. */
  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();

  static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> out = new LinkedHashMap<>();
    CbaResult cba = CbaStrategy.greenBook().evaluate(Fixtures.threeYear());
    out.put(CbaResult.class, cba);
    out.put(io.github.commissioningvfm.vfm.cba.CbaOptionResult.class, cba.options().get(0));
    var roi = RoiStrategy.undiscounted().evaluate(Fixtures.threeYear());
    out.put(roi.getClass(), roi);
    out.put(io.github.commissioningvfm.vfm.roi.RoiOptionResult.class, roi.options().get(0));
    var cea = CeaStrategy.standard().withThresholds(List.of(Fixtures.gbp("50"))).evaluate(Fixtures.withEffects());
    out.put(cea.getClass(), cea);
    var sroi = SroiStrategy.greenBook().evaluate(Fixtures.threeYear());
    out.put(sroi.getClass(), sroi);
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(v -> Fixtures.oneYear(
            BigDecimal.valueOf(v.get("cost")).toPlainString(), "20"))
        .input(UncertainInput.of("cost", 10, 0, 30, new Distribution.Uniform(0, 30))).build();
    var psa = ua.psa(PsaSettings.builder().seed(3).iterations(40).threads(1).build());
    out.put(psa.getClass(), psa);
    var tornado = ua.oneWay("option", CbaStrategy.NPSV);
    out.put(tornado.getClass(), tornado);
    BatchResult batch = VfmEngine.standard().evaluateAll(List.of(Fixtures.threeYear()), List.of("cba", "cea"));
    out.put(BatchResult.class, batch);
    out.put(Appraisal.class, Fixtures.threeYear());
    double[][] p = {{0.8, 0.15, 0.05}, {0.2, 0.7, 0.1}, {0, 0, 1}};
    io.github.commissioningvfm.vfm.markov.MarkovResult markov = io.github.commissioningvfm.vfm.markov.MarkovModel
        .builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(3)
        .strategy(io.github.commissioningvfm.vfm.markov.MarkovStrategy.of("usual care",
            io.github.commissioningvfm.vfm.markov.TransitionModel.constant(
                io.github.commissioningvfm.vfm.markov.TransitionMatrix.of(List.of("Well", "Ill", "Dead"), p)),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(100, 2000, 0),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(0.9, 0.6, 0)))
        .build().run();
    out.put(markov.getClass(), markov);
    out.put(io.github.commissioningvfm.vfm.markov.StrategyResult.class, markov.strategies().get(0));
    io.github.commissioningvfm.vfm.markov.MarkovModel twoArms = io.github.commissioningvfm.vfm.markov.MarkovModel
        .builder().states("Well", "Ill", "Dead").dead("Dead").initial(1, 0, 0).cycles(5)
        .strategy(io.github.commissioningvfm.vfm.markov.MarkovStrategy.of("usual care",
            io.github.commissioningvfm.vfm.markov.TransitionModel.constant(
                io.github.commissioningvfm.vfm.markov.TransitionMatrix.of(List.of("Well", "Ill", "Dead"), p)),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(100, 2000, 0),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(0.9, 0.6, 0)))
        .strategy(io.github.commissioningvfm.vfm.markov.MarkovStrategy.of("new pathway",
            io.github.commissioningvfm.vfm.markov.TransitionModel.constant(
                io.github.commissioningvfm.vfm.markov.TransitionMatrix.of(List.of("Well", "Ill", "Dead"),
                    new double[][] {{0.85, 0.1, 0.05}, {0.3, 0.6, 0.1}, {0, 0, 1}})),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(400, 2000, 0),
            io.github.commissioningvfm.vfm.markov.StateValues.constant(0.9, 0.6, 0)))
        .build();
    var cua = new io.github.commissioningvfm.vfm.cua.strategy.CostUtilityStrategy("cua",
        io.github.commissioningvfm.vfm.cba.DiscountSchedule.constant(
            io.github.commissioningvfm.model.rate.DiscountRate.ofPercent("3.5")),
        io.github.commissioningvfm.vfm.cba.DiscountSchedule.constant(
            io.github.commissioningvfm.model.rate.DiscountRate.ofPercent("3.5")),
        io.github.commissioningvfm.vfm.appraisal.Perspective.NHS, 20_000)
        .evaluate(io.github.commissioningvfm.vfm.cua.CohortAppraisal.of(twoArms, "cohort",
            io.github.commissioningvfm.model.time.FinancialYear.parse("2024/25"),
            io.github.commissioningvfm.vfm.appraisal.Perspective.NHS, "usual care"));
    out.put(cua.getClass(), cua);
    outcomeSamples(out);
    return out;
  }

  private static void outcomeSamples(Map<Class<?>, Object> out) {
    try {
      var contacts = io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiTest.contacts();
      var roi = io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoi.analyse("safe haven",
          contacts, io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiTest.table(),
          Map.of(io.github.commissioningvfm.model.time.FinancialYear.parse("2023/24"), Cost.of("400.00", "2023/24"),
              io.github.commissioningvfm.model.time.FinancialYear.parse("2024/25"), Cost.of("600.00", "2024/25")),
          io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiTest.nominal());
      // the counterfactual ROI is the strategy's RoiResult with contact-level alternatives (round-tripped below)
      out.put(io.github.commissioningvfm.vfm.roi.AlternativeYear.class, roi.alternatives().get(0));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    double[] improvements = {1, 3, 2, 5, 4, 6, 2, 3, 1, 4};
    double[] costs = {100, 120, 90, 150, 110, 130, 95, 105, 100, 125};
    var boot = io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap.of(200, 1L).run(improvements.length,
        io.github.commissioningvfm.vfm.outcomes.bootstrap.OutcomeStatistics.weightedVfm(improvements, costs));
    out.put(boot.getClass(), boot);
    patientLevelSamples(out);
  }

  /** The regression, value-for-money and change results of the patient-level pipeline, on the small test file. */
  private static void patientLevelSamples(Map<Class<?>, Object> out) {
    try {
      Path file = Path.of(VfmJacksonModuleTest.class.getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv")
          .toURI());
      var schema = io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema.builder(
              io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures.SDQ_TOTAL)
          .scores("sdq_initial", "sdq_final").date("first_session_date")
          .categories("gender", "referral_source", "pathway").build();
      var cleaned = io.github.commissioningvfm.vfm.outcomes.clean.Cleaner.standard().clean(
          io.github.commissioningvfm.vfm.outcomes.load.ParticipantData.readCsv(file, schema));
      var sdq = io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures.SDQ_TOTAL.withMeaningfulChange(
          new io.github.commissioningvfm.model.outcome.ChangeThreshold(2.86, "as adopted by the evaluation"));
      var change = io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis.of(cleaned, sdq);
      out.put(change.getClass(), change);
      out.put(change.cleaned().getClass(), change.cleaned());
      out.put(change.cleaned().data().getClass(), change.cleaned().data());
      out.put(change.categories().getClass(), change.categories());
      var vfm = io.github.commissioningvfm.vfm.outcomes.value.VfmAnalysis.of(change, Cost.of("2700.00", "2024/25"),
          io.github.commissioningvfm.vfm.outcomes.value.CostAllocation.perSession());
      out.put(vfm.getClass(), vfm);
      out.put(vfm.byDose().get(0).getClass(), vfm.byDose().get(0));
      out.put(vfm.diminishingReturns().getClass(), vfm.diminishingReturns());
      var design = new io.github.commissioningvfm.vfm.outcomes.regression.DesignSpec(
          io.github.commissioningvfm.vfm.outcomes.regression.DesignSpec.Response.IMPROVEMENT, true, true, Map.of());
      var ols = io.github.commissioningvfm.vfm.outcomes.regression.OlsRegression.fit(change, design);
      out.put(ols.getClass(), ols);
      out.put(design.getClass(), design);
      var table = io.github.commissioningvfm.vfm.outcomes.regression.CovariateTable.of(change, design);
      out.put(table.getClass(), table);
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyPublicResultTypeHasASample() throws IOException, URISyntaxException {
    Path classes = Path.of(VfmResult.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> missing = new ArrayList<>();
    Map<Class<?>, Object> samples = samples();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        if (name.contains(".internal.")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, getClass().getClassLoader());
        boolean result = VfmResult.class.isAssignableFrom(c) || c.getSimpleName().endsWith("Result")
            || c.getSimpleName().endsWith("Tables");
        if (Modifier.isPublic(c.getModifiers()) && !c.isInterface() && result && !samples.containsKey(c)) {
          missing.add(c.getName());
        }
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    assertEquals(List.of(), missing, "public result types with no JSON round-trip sample");
  }

  @Test
  void everySampleRoundTripsWithEitherMapper() throws Exception {
    for (ObjectMapper mapper : List.of(VFM_ONLY, BOTH, FOUND)) {
      for (Map.Entry<Class<?>, Object> e : samples().entrySet()) {
        String json = mapper.writeValueAsString(e.getValue());
        Object back = mapper.readValue(json, e.getKey());
        assertEquals(e.getValue(), back, e.getKey().getSimpleName() + ": " + json);
        assertEquals(json, mapper.writeValueAsString(back), e.getKey().getSimpleName());
      }
    }
  }

  @Test
  void theCounterfactualRoiRoundTripsAsTheOneRoiResult() throws Exception {
    var roi = io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoi.analyse("safe haven",
        io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiTest.contacts(),
        io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiTest.table(),
        Map.of(io.github.commissioningvfm.model.time.FinancialYear.parse("2023/24"), Cost.of("400.00", "2023/24"),
            io.github.commissioningvfm.model.time.FinancialYear.parse("2024/25"), Cost.of("600.00", "2024/25")),
        io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiTest.nominal());
    for (ObjectMapper mapper : List.of(VFM_ONLY, BOTH, FOUND)) {
      String json = mapper.writerFor(VfmResult.class).writeValueAsString(roi);
      assertEquals("RoiResult", mapper.readTree(json).get("resultType").asText());
      assertEquals(roi, mapper.readValue(json, VfmResult.class));
      assertEquals(roi, mapper.readValue(mapper.writeValueAsString(roi),
          io.github.commissioningvfm.vfm.roi.RoiResult.class));
    }
  }

  @Test
  void aResultReadsBackThroughItsInterfaceAndKeepsItsTypedFigures() throws Exception {
    CbaResult cba = CbaStrategy.greenBook().evaluate(Fixtures.threeYear());
    String json = BOTH.writerFor(VfmResult.class).writeValueAsString(cba);
    JsonNode tree = BOTH.readTree(json);
    assertEquals("CbaResult", tree.get("resultType").asText());
    assertEquals("ratio", tree.get("options").get(0).get("bcr").get("kind").asText());
    assertTrue(tree.get("options").get(0).get("bcr").get("value").isTextual(), json);
    assertTrue(tree.get("options").get(0).get("npsv").has("priceBase"), json);
    assertEquals(cba, BOTH.readValue(json, VfmResult.class));
    assertEquals(cba.figure("service", CbaStrategy.NPSV), BOTH.readValue(json, CbaResult.class)
        .figure("service", CbaStrategy.NPSV));
  }

  @Test
  void everyKindOfCellRoundTrips() throws Exception {
    List<Cell> cells = List.of(new Cell.Text("service\nname"), Figure.amount(Cost.of("12.345", "2024/25")),
        new Figure.Ratio(new BigDecimal("1.19210000000000000000000000000001")), new Figure.Share(0.25),
        new Figure.Count(7), new Figure.Quantity(new BigDecimal("12.5"), "WELLBYs"),
        new Figure.Undefined("the investment is zero"));
    for (Cell c : cells) {
      assertEquals(c, BOTH.readValue(BOTH.writerFor(Cell.class).writeValueAsString(c), Cell.class));
    }
    assertEquals("{\"kind\":\"undefined\",\"reason\":\"the investment is zero\"}",
        BOTH.writerFor(Cell.class).writeValueAsString(cells.get(6)));
  }

  @Test
  void theModuleChangesNoFeatureOfTheHostMapper() {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper withModule = new ObjectMapper().registerModule(new VfmJacksonModule());
    for (DeserializationFeature f : DeserializationFeature.values()) {
      if (f == DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES
          || f == DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) {
        continue; // the model's module still sets these; it stops doing so in its own change
      }
      assertEquals(plain.isEnabled(f), withModule.isEnabled(f), f.name());
    }
    for (com.fasterxml.jackson.databind.SerializationFeature f
        : com.fasterxml.jackson.databind.SerializationFeature.values()) {
      assertEquals(plain.isEnabled(f), withModule.isEnabled(f), f.name());
    }
    for (com.fasterxml.jackson.databind.MapperFeature f : com.fasterxml.jackson.databind.MapperFeature.values()) {
      assertEquals(plain.isEnabled(f), withModule.isEnabled(f), f.name());
    }
  }

  /** A mapper built in the test itself, so that the module's registrations are those of this run. */
  private static ObjectMapper fresh(VfmJacksonModule module) {
    return new ObjectMapper().registerModule(module);
  }

  @Test
  void aFreshModuleReadsABuiltInResultThroughItsInterface() throws Exception {
    ObjectMapper mapper = fresh(new VfmJacksonModule());
    CbaResult cba = CbaStrategy.greenBook().evaluate(Fixtures.threeYear());
    assertEquals(cba, mapper.readValue(mapper.writerFor(VfmResult.class).writeValueAsString(cba), VfmResult.class));
  }

  @Test
  void aPluggedInResultReadsBackOnceItsTypeIsNamed() throws Exception {
    var counted = new io.github.commissioningvfm.vfm.engine.HouseStrategy().evaluate(Fixtures.threeYear());
    String json = fresh(new VfmJacksonModule().withResultType(io.github.commissioningvfm.vfm.engine.HouseStrategy
        .Counted.class)).writerFor(VfmResult.class).writeValueAsString(counted);
    assertEquals("Counted", VFM_ONLY.readTree(json).get("resultType").asText());
    String unknown = assertThrows(com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
        () -> fresh(new VfmJacksonModule()).readValue(json, VfmResult.class)).getMessage();
    assertTrue(unknown.startsWith("Could not resolve type id 'Counted'"), unknown);
    VfmJacksonModule named = new VfmJacksonModule();
    assertSame(named, named.withResultType(io.github.commissioningvfm.vfm.engine.HouseStrategy.Counted.class));
    assertEquals(counted, fresh(new VfmJacksonModule()
        .withResultType(io.github.commissioningvfm.vfm.engine.HouseStrategy.Counted.class))
        .readValue(json, VfmResult.class));
    VfmEngine engine = VfmEngine.builder().registerBuiltIns()
        .register(new io.github.commissioningvfm.vfm.engine.HouseStrategy()).build();
    assertEquals(counted, fresh(VfmJacksonModule.forEngine(engine)).readValue(json, VfmResult.class));
  }

  @Test
  void financialYearsAreReadAsMapKeys() throws Exception {
    Map<io.github.commissioningvfm.model.time.FinancialYear, Integer> byYear = fresh(new VfmJacksonModule())
        .readValue("{\"2024/25\":3,\"2025/26\":4}", new com.fasterxml.jackson.core.type.TypeReference<
            Map<io.github.commissioningvfm.model.time.FinancialYear, Integer>>() { });
    assertEquals(Map.of(io.github.commissioningvfm.model.time.FinancialYear.parse("2024/25"), 3,
        io.github.commissioningvfm.model.time.FinancialYear.parse("2025/26"), 4), byYear);
  }
}
