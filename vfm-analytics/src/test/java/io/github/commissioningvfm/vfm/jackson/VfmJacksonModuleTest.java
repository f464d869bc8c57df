package io.github.commissioningvfm.vfm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.Ratio;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VfmJacksonModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new VfmJacksonModule());

  @Test
  void resultAsJson() throws Exception {
    VfmResult r = CbaStrategy.greenBook().evaluate(Fixtures.threeYear());
    JsonNode json = mapper.readTree(mapper.writerFor(VfmResult.class).writeValueAsString(r));
    assertEquals("cba", json.get("strategyId").asText());
    assertEquals("three-year test", json.get("appraisal").asText());
    assertEquals("service", json.get("tables").get(0).get("rows").get(1).get(0).asText());
    assertEquals("579.94", json.get("tables").get(0).get("rows").get(1).get(5).asText());
    assertEquals("UNIT_COST", json.get("sources").get(0).get("kind").asText());
  }

  @Test
  void costsAndRatios() throws Exception {
    assertEquals("{\"amount\":\"12.35\",\"priceBase\":\"2024/25\"}", mapper.writeValueAsString(Fixtures.gbp("12.345")));
    assertEquals("{\"defined\":true,\"value\":\"1.15\"}",
        mapper.writerFor(Ratio.class).writeValueAsString(new Ratio.Defined(new BigDecimal("1.15"))));
    assertEquals("{\"defined\":false,\"reason\":\"the investment is zero\"}",
        mapper.writerFor(Ratio.class).writeValueAsString(new Ratio.Undefined("the investment is zero")));
  }
}
