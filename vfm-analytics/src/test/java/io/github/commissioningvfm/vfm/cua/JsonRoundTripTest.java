package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import io.github.commissioningvfm.vfm.markov.StrategyResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results are written to JSON and read back equal, with a plain mapper. */
class JsonRoundTripTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void markovResultRoundTrips() throws Exception {
    MarkovResult r = io.github.commissioningvfm.vfm.markov.ReferenceModels.hiv(CountingConvention.HALF_CYCLE).run();
    MarkovResult back = mapper.readValue(mapper.writeValueAsString(r), MarkovResult.class);
    assertEquals(r, back);
    StrategyResult mono = back.strategy("mono");
    assertEquals(r.strategy("mono").totals(), mono.totals());
  }

  @Test
  void planeFrontierAndNetBenefitRoundTrip() throws Exception {
    CostEffectivenessPlane plane = new CostEffectivenessPlane("usual care",
        List.of(new PlaneSeries("pathway", new double[] {0.1, 0.2}, new double[] {100, -50})));
    assertEquals(plane, mapper.readValue(mapper.writeValueAsString(plane), CostEffectivenessPlane.class));
    FrontierPoint f = new FrontierPoint(20000, "pathway", 0.63);
    assertEquals(f, mapper.readValue(mapper.writeValueAsString(f), FrontierPoint.class));
    NetBenefit nb = new NetBenefit("pathway", 20000, 1234.5, 0.06);
    assertEquals(nb, mapper.readValue(mapper.writeValueAsString(nb), NetBenefit.class));
    StrategyOutcome o = new StrategyOutcome("pathway", 5000, 1.2);
    assertEquals(o, mapper.readValue(mapper.writeValueAsString(o), StrategyOutcome.class));
  }
}
