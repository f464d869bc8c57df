package io.github.commissioningvfm.vfm.sroi;

import static io.github.commissioningvfm.vfm.appraisal.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.PriceBaseMismatchException;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An SROI result's sources, headline figures, tables and printing, on a hand-made account:
 * investment 300, lines 750 and 150, so total present value 900, net present value 600, SROI ratio
 * 900 / 300 = 3 and net ratio 2 (Cabinet Office, "A guide to Social Return on Investment", 2012,
 * stage 5).
 */
class SroiResultTest {

  private static final String NCC = "NHS National Cost Collection 2023/24";

  private static SroiResult result() {
    SroiAccount a = SroiAccount.of("service", gbp("300"), List.of(
        new SroiLine("NHS", "A&E avoided", gbp("600"), NCC),
        new SroiLine("NHS", "admissions avoided", gbp("150"), NCC),
        new SroiLine("society", "wellbeing", gbp("150"), "")));
    return SroiResult.of("sroi", "test", List.of(a), DiscountSchedule.none(), List.of("one line per stream"));
  }

  private static BigDecimal ratio(Figure f) {
    return ((Figure.Ratio) f).value();
  }

  @Test
  void sourcesAreTheLinesNonBlankSourcesOnceEachThenTheDiscountSchedule() {
    assertEquals(List.of(new SourceReference(SourceReference.Kind.VALUE, NCC),
        new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, DiscountSchedule.none().describe())),
        result().sources());
  }

  @Test
  void headlinesAreTheRatiosAndNetPresentValueOfEachAccount() {
    List<HeadlineFigure> h = result().headlines();
    assertEquals(List.of("sroi-ratio", "net-sroi-ratio", "net-present-value"),
        h.stream().map(HeadlineFigure::metric).toList());
    assertEquals(List.of("service", "service", "service"), h.stream().map(HeadlineFigure::option).toList());
    assertEquals(0, BigDecimal.valueOf(3).compareTo(ratio(h.get(0).figure())));
    assertEquals(0, BigDecimal.valueOf(2).compareTo(ratio(h.get(1).figure())));
    assertEquals(Figure.amount(gbp("600")), h.get(2).figure());
  }

  @Test
  void theTablesAreTheTotalsThenOneRowPerLine() {
    List<ResultTable> t = result().tables();
    assertEquals(2, t.size());
    ResultTable totals = t.get(0);
    assertEquals(List.of("investment", "amount invested", "total present value", "net present value", "SROI ratio",
        "net SROI ratio"), totals.columns());
    assertEquals(1, totals.rows().size());
    assertEquals(Figure.amount(gbp("900")), totals.rows().get(0).get(2));
    assertEquals(Figure.amount(gbp("600")), totals.rows().get(0).get(3));
    ResultTable lines = t.get(1);
    assertEquals("SROI impact values (present values)", lines.title());
    assertEquals(3, lines.rows().size());
    assertEquals("wellbeing", lines.rows().get(2).get(2).toString());
    assertEquals(Figure.amount(gbp("150")), lines.rows().get(2).get(3));
  }

  @Test
  void printsItsTables() {
    String text = result().toString();
    assertTrue(text.contains("SROI impact values (present values)"), text);
    assertTrue(text.contains("admissions avoided"), text);
  }

  @Test
  void theStrategyDescribesItselfAndItsMetrics() {
    SroiStrategy s = SroiStrategy.greenBook();
    assertEquals("sroi", s.id());
    assertEquals("Social return on investment: present value of outcomes per stakeholder over the investment",
        s.description());
    assertSame(SroiResult.class, s.resultType());
    assertEquals(List.of(SroiStrategy.SROI_RATIO, SroiStrategy.NET_SROI_RATIO, SroiStrategy.NET_PRESENT_VALUE),
        s.metrics());
  }

  @Test
  void anAccountWhoseLinesAreInAnotherPriceBaseThanItsInvestmentIsRefused() {
    Cost line = Cost.of("900", "2023/24");
    Figure three = new Figure.Ratio(BigDecimal.valueOf(3));
    Figure two = new Figure.Ratio(BigDecimal.valueOf(2));
    PriceBaseMismatchException e = assertThrows(PriceBaseMismatchException.class, () -> new SroiAccount("service",
        gbp("300"), List.of(new SroiLine("NHS", "A&E avoided", line, NCC)), gbp("900"), gbp("600"), three, two));
    assertTrue(e.getMessage().startsWith("Cannot combine in an SROI account a cost in 2023/24 prices and a cost in"
        + " 2024/25 prices"), e.getMessage());
  }
}
