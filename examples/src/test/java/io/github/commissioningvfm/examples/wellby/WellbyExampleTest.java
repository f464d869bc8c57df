package io.github.commissioningvfm.examples.wellby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.jackson.VfmJacksonModule;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The plugged-in WELLBY strategy runs through the engine, tornado, PSA, text, JSON and Tablesaw like a built-in. */
class WellbyExampleTest {

  private static WellbyExample.Results results;

  @BeforeAll
  static void run() {
    results = WellbyExample.run(400);
  }

  @Test
  void theWellbyValueIsTheTreasuryFigureRebasedWithTheGdpDeflator() {
    // HM Treasury, Wellbeing Guidance for Appraisal: Supplementary Green Book Guidance (July 2021): one WELLBY is
    // worth GBP 13,000 in 2019 prices. HM Treasury GDP deflator, March 2026 (2024-25 = 100): 2019-20 = 80.8738
    // (unit-costs-sources.md, section 4). 13,000 x 100 / 80.8738 = 16,074.43
    Cost value = WellbyStrategy.publishedValueIn(FinancialYear.parse("2024/25")).cost();
    BigDecimal expected = new BigDecimal("13000").multiply(new BigDecimal("100"))
        .divide(new BigDecimal("80.8738"), MathContext.DECIMAL64);
    assertEquals(0, expected.setScale(6, java.math.RoundingMode.HALF_UP)
        .compareTo(value.amount().amount().setScale(6, java.math.RoundingMode.HALF_UP)), value.toString());
    assertEquals("£16,074.43 (2024/25 prices)", value.toString());
  }

  @Test
  void theStrategyIsFoundThroughTheServicesFile() {
    assertTrue(results.engine().ids().contains(WellbyStrategy.ID), results.engine().ids().toString());
    assertInstanceOf(WellbyStrategy.class, results.engine().strategy(WellbyStrategy.ID));
  }

  @Test
  void baseCaseByHand() {
    // 300 people x 0.1 points = 30 WELLBYs a year for 5 years, discounted at 1.5%; grant 250,000 a year at 3.5%
    double health = 0;
    double standard = 0;
    for (int t = 0; t < 5; t++) {
      health += Math.pow(1.015, -t);
      standard += Math.pow(1.035, -t);
    }
    double unit = 13_000 * 100 / 80.8738;
    WellbyResult.Option o = results.base().options().get(0);
    assertEquals(30 * health, o.incrementalWellbys().doubleValue(), 1e-9);
    assertEquals(30 * health * unit - 250_000 * standard, o.netValue().amount().toDouble(), 1e-6);
    Figure net = results.base().figure(WellbyExample.OPTION, WellbyStrategy.NET_VALUE);
    assertEquals(o.netValue(), ((Figure.Amount) net).cost());
    assertEquals((30 * health * unit) / (250_000 * standard),
        results.base().defined(WellbyExample.OPTION, WellbyStrategy.BENEFIT_COST_RATIO).orElseThrow().value()
            .doubleValue(), 1e-12);
  }

  @Test
  void tornadoAndSwitchingValues() {
    assertEquals(3, results.tornado().tornado().size());
    assertEquals("wellby", results.tornado().strategyId());
    // the gain ranges 0.03 to 0.2 and moves the net value most
    assertEquals("lifeSatisfactionGain", results.tornado().tornado().get(0).input());
    Figure grantSwitch = results.tornado().switching().stream().filter(s -> s.input().equals("grant")).findFirst()
        .orElseThrow().value();
    assertTrue(grantSwitch.toString().startsWith("undefined: does not reach net wellbeing value = 0"), grantSwitch.toString());
  }

  @Test
  void psaWithAcceptabilityCurveInPoundsPerWellby() {
    PsaResult psa = results.psa();
    assertEquals("wellby", psa.analysedStrategy());
    PsaSummary net = psa.summary(WellbyExample.OPTION, WellbyStrategy.NET_VALUE.id());
    assertInstanceOf(Figure.Amount.class, net.mean());
    assertEquals(400, psa.drawsOf(WellbyExample.OPTION, "net-value").values().length);
    double previous = -1;
    for (AcceptabilityPoint p : psa.acceptability()) {
      double funded = p.probabilityBest().get(WellbyExample.OPTION);
      assertEquals(1.0, funded + p.probabilityBest().get(WellbyExample.STATUS_QUO), 1e-12);
      assertTrue(funded >= previous, "non-decreasing in the value of a WELLBY");
      previous = funded;
    }
    assertEquals(0.0, psa.acceptability().get(0).probabilityBest().get(WellbyExample.OPTION), 0);
  }

  @Test
  void jsonReadsBackEqualThroughTheEnginesModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(VfmJacksonModule.forEngine(results.engine()));
    assertEquals(results.base(), mapper.readValue(results.json(), WellbyResult.class));
    assertEquals(results.base(), mapper.readValue(results.json(), VfmResult.class));
    assertEquals(results.psa(), mapper.readValue(mapper.writeValueAsString(results.psa()), PsaResult.class));
    assertTrue(results.json().contains("\"resultType\":\"WellbyResult\""), results.json());
  }

  @Test
  void tablesawExportHasNumericColumns() {
    Table t = results.tables().get(0);
    assertEquals(ColumnType.DOUBLE, t.column("net value").type());
    assertEquals(results.base().options().get(0).netValue().amount().toDouble(), t.doubleColumn("net value").get(0), 0);
  }

  @Test
  void printsReadably() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WellbyExample.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("WELLBY appraisal against 'status quo' (one WELLBY = £16,074.43 (2024/25 prices))"), text);
    assertTrue(text.contains("One-way sensitivity (tornado) of net wellbeing value for 'peer support' [wellby]"), text);
    assertTrue(text.contains("Acceptability curve and EVPI"), text);
    String readable = text.substring(0, text.indexOf(results.json()));
    assertFalse(readable.contains("Optional["), readable);
    assertFalse(readable.matches("(?s).*\\b[A-Z]\\w+@[0-9a-f]{6,}.*"), readable);
    assertFalse(readable.contains("GBP "), readable);
    assertTrue(text.startsWith("Bottom line\n  What it cost: "), text);
    WellbyResult.Option o = results.base().options().get(0);
    assertTrue(text.contains("What it achieved: " + o.incrementalWellbys().setScale(1, java.math.RoundingMode.HALF_UP)
        .toPlainString() + " more WELLBYs"), text);
    assertTrue(text.contains("How sure we are: the net value is above zero in "
        + results.psa().summary(WellbyExample.OPTION, WellbyStrategy.NET_VALUE.id()).probabilityAboveTarget()), text);
  }

  @Test
  void usesNothingUnderInternal() throws Exception {
    Path sources = Path.of("src/main/java/io/github/commissioningvfm/examples/wellby");
    try (Stream<Path> files = Files.list(sources)) {
      List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
      assertEquals(4, java.size(), java.toString());
      for (Path p : java) {
        String text = Files.readString(p);
        assertFalse(text.contains(".internal."), p + " uses an internal package");
      }
    }
  }
}
