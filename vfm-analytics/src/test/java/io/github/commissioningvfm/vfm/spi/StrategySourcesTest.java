package io.github.commissioningvfm.vfm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.sroi.SroiStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A strategy's sources, given without evaluating, are those its result would cite. */
class StrategySourcesTest {

  private static final List<Appraisal> APPRAISALS = List.of(Fixtures.threeYear(), Fixtures.withEffects(),
      Fixtures.oneYear("0", "20"));

  @Test
  void theBuiltInStrategiesGiveTheSourcesTheirResultsCite() {
    List<VfmStrategy<?>> strategies = List.of(CbaStrategy.greenBook(), RoiStrategy.undiscounted(),
        new RoiStrategy("roi-discounted", io.github.commissioningvfm.vfm.cba.DiscountSchedule.greenBookStandard(),
            io.github.commissioningvfm.vfm.cba.OptimismBias.ofPercent("20", "test: 20% on costs")));
    for (VfmStrategy<?> s : strategies) {
      for (Appraisal a : APPRAISALS) {
        assertEquals(s.evaluate(a).sources(), s.sources(a), s.id() + " on " + a.name());
      }
    }
  }

  @Test
  void theSourcesNameTheUnitCostsTheScheduleAndTheOptimismBias() {
    List<SourceReference> sources = CbaStrategy.greenBook().sources(Fixtures.withEffects());
    assertTrue(sources.stream().anyMatch(r -> r.kind() == SourceReference.Kind.DISCOUNT_SCHEDULE), sources::toString);
    assertTrue(sources.stream().anyMatch(r -> r.kind() == SourceReference.Kind.OPTIMISM_BIAS), sources::toString);
    assertEquals(SourceReference.of(Fixtures.withEffects()), sources.subList(0, sources.size() - 2));
  }

  @Test
  void aStrategyWithoutItsOwnSourcesEvaluatesForThem() {
    SroiStrategy sroi = SroiStrategy.greenBook();
    Appraisal a = Fixtures.threeYear();
    assertEquals(sroi.evaluate(a).sources(), sroi.sources(a));
  }

  @Test
  void aMissingAppraisalIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> CbaStrategy.greenBook().sources(null));
    assertEquals("Argument 'appraisal' must not be null", e.getMessage());
    assertThrows(NullPointerException.class, () -> RoiStrategy.undiscounted().sources(null));
  }
}
