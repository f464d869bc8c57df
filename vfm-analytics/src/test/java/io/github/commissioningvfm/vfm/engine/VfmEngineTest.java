package io.github.commissioningvfm.vfm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VfmEngineTest {

  @Test
  void standardHasTheBuiltIns() {
    assertEquals(List.of("cba", "roi", "cea", "sroi"), VfmEngine.standard().ids());
    assertInstanceOf(CbaResult.class, VfmEngine.standard().evaluate(Fixtures.threeYear(), "cba"));
  }

  @Test
  void servicesFileIsFound() {
    // the test class path carries META-INF/services/io.github.commissioningvfm.vfm.spi.VfmStrategy
    assertNotNull(getClass().getClassLoader()
        .getResource("META-INF/services/" + VfmStrategy.class.getName()));
    VfmEngine engine = VfmEngine.builder().discoverStrategies().build();
    assertEquals(List.of(HouseStrategy.ID), engine.ids());
    assertEquals("[[2]]", engine.evaluate(Fixtures.threeYear(), HouseStrategy.ID).tables().get(0).rows().toString());
    HouseStrategy.Counted counted = engine.evaluate(Fixtures.threeYear(), HouseStrategy.ID, HouseStrategy.Counted.class);
    assertEquals(2, counted.count());
  }

  @Test
  void discoveryIsOptIn() {
    assertEquals(false, VfmEngine.standard().ids().contains(HouseStrategy.ID));
    assertEquals(5, VfmEngine.builder().registerBuiltIns().discoverStrategies().build().ids().size());
  }

  @Test
  void duplicateIdsNameBothClasses() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VfmEngine.builder().register(CbaStrategy.greenBook())
            .register(new HouseStrategy() {
              @Override
              public String id() {
                return "cba";
              }
            }));
    assertEquals("Duplicate value-for-money strategy id 'cba': io.github.commissioningvfm.vfm.cba.CbaStrategy and "
        + "io.github.commissioningvfm.vfm.engine.VfmEngineTest$1", e.getMessage());
  }

  @Test
  void unknownIdListsRegistered() {
    StrategyNotFoundException e = assertThrows(StrategyNotFoundException.class,
        () -> VfmEngine.standard().strategy("qaly"));
    assertEquals("No value-for-money strategy with id 'qaly'; registered ids are [cba, roi, cea, sroi]", e.getMessage());
    assertEquals(List.of("cba", "roi", "cea", "sroi"), e.available());
    assertEquals("qaly", e.id());
  }

  @Test
  void oneBadAppraisalNeverAbortsTheBatch() {
    // the three-year fixture has no effect streams, so "cea" fails for it; a null appraisal fails everywhere
    List<Appraisal> batch = Arrays.asList(Fixtures.threeYear(), null, Fixtures.oneYear("10", "20"));
    BatchResult r = VfmEngine.standard().evaluateAll(batch, List.of("cba", "cea", "nope"));
    assertEquals(9, r.cells().size());
    assertEquals(2, r.successes().size());
    BatchCell.Failure cea = r.failures().get(0);
    assertEquals("three-year test", cea.appraisalName());
    assertEquals("cea", cea.strategyId());
    assertEquals("Appraisal 'three-year test' has no effect streams: cost-effectiveness needs an outcome measure on "
        + "every option", cea.message());
    BatchCell.Failure nullCell = r.failures().get(2);
    assertEquals("(appraisal 1)", nullCell.appraisalName());
    assertEquals("Appraisal 1 of the batch is null", nullCell.message());
    assertEquals("io.github.commissioningvfm.vfm.engine.StrategyNotFoundException", r.failures().get(1).errorType());
    assertEquals(false, r.allSucceeded());
  }

  @Test
  void aPluginFailureOfAnyClassBecomesAFailureCellWithItsCause() {
    VfmStrategy<HouseStrategy.Counted> failing = new HouseStrategy() {
      @Override
      public String id() {
        return "failing";
      }

      @Override
      public HouseStrategy.Counted evaluate(Appraisal appraisal) {
        throw new RuntimeException("outer", new java.io.UncheckedIOException("disk", new java.io.IOException("gone"))) {
          private static final long serialVersionUID = 1L;
        };
      }
    };
    BatchResult r = VfmEngine.builder().registerBuiltIns().register(failing).build()
        .evaluateAll(List.of(Fixtures.threeYear()), List.of("failing", "cba"));
    BatchCell.Failure f = r.failures().get(0);
    assertEquals(1, r.successes().size());
    assertEquals("io.github.commissioningvfm.vfm.engine.VfmEngineTest$2$1", f.errorType());
    assertEquals("outer", f.message());
    assertEquals(List.of("java.io.UncheckedIOException: disk", "java.io.IOException: gone"), f.causes());
    assertEquals("three-year test [failing] failed: io.github.commissioningvfm.vfm.engine.VfmEngineTest$2$1: outer; "
        + "caused by java.io.UncheckedIOException: disk; caused by java.io.IOException: gone", f.toString());
  }

  @Test
  void aResultOfAnotherTypeIsRefusedNotCast() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VfmEngine.standard().evaluate(Fixtures.threeYear(), "roi", io.github.commissioningvfm.vfm.cba.CbaResult.class));
    assertEquals("Strategy 'roi' returns RoiResult, not CbaResult", e.getMessage());
  }

  @Test
  void evaluateAllWithoutIdsUsesEveryRegisteredStrategy() {
    BatchResult r = VfmEngine.builder().register(new HouseStrategy()).build()
        .evaluateAll(List.of(Fixtures.threeYear(), Fixtures.oneYear("10", "20")));
    assertEquals(2, r.cells().size());
    assertEquals(true, r.allSucceeded());
    assertEquals(List.of(), r.failures());
    BatchCell first = r.cells().get(0);
    assertEquals("three-year test [house-option-count] succeeded", first.toString());
    assertEquals(new HouseStrategy.Counted("three-year test", List.of("service"), 2), first.result().orElseThrow());
    assertEquals("one-year test [house-option-count] succeeded", r.cells().get(1).toString());
  }

  @Test
  void aFailureKeepsTenCausesAtMost() {
    Throwable error = new IllegalStateException("cause 12");
    for (int depth = 11; depth >= 0; depth--) {
      error = new IllegalStateException(depth == 0 ? "top" : "cause " + depth, error);
    }
    BatchCell.Failure f = BatchCell.Failure.of("a", "s", error);
    assertEquals(10, f.causes().size());
    assertEquals("java.lang.IllegalStateException: cause 1", f.causes().get(0));
    assertEquals("java.lang.IllegalStateException: cause 10", f.causes().get(9));
    assertEquals("top", f.message());
  }
}
