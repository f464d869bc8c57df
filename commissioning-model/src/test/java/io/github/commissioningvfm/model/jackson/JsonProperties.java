package io.github.commissioningvfm.model.jackson;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import io.github.commissioningvfm.model.payment.VolumeBand;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** JSON round trips for generated values of the types whose generators are cheap. */
class JsonProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static <T> boolean roundTrips(T value, Class<? super T> type) {
    try {
      return value.equals(MAPPER.readValue(MAPPER.writeValueAsString(value), type));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gen<Money> money() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(Money::ofPence);
  }

  @Test
  void moneyRoundTrips() {
    qt().forAll(money()).check(m -> roundTrips(m, Money.class));
  }

  @Test
  void bigMoneyAndCostRoundTrip() {
    qt().forAll(longs().all(), integers().between(0, 12), integers().between(1990, 2100))
        .check((unscaled, scale, y) -> {
      BigMoney amount = BigMoney.of(BigDecimal.valueOf(unscaled, scale));
      return roundTrips(amount, BigMoney.class)
          && roundTrips(new Cost(amount, FinancialYear.ofStartYear(y)), Cost.class);
    });
  }

  @Test
  void proportionsRoundTrip() {
    qt().forAll(integers().between(0, 1_000_000)).check(n -> roundTrips(new Proportion(BigDecimal.valueOf(n, 6)),
        Proportion.class));
  }

  @Test
  void mechanismsAndTheirStatementsRoundTrip() {
    Gen<PaymentMechanism> mechanisms = money().map(Money::abs).zip(longs().between(0, 10_000),
        longs().between(0, 10_000), (value, collar, width) -> Blended.of(new Block(value), new CapAndCollar(value,
            new VolumeBand(collar, collar + width), Money.ofPence(width), value),
            new CostPerCase(Money.ofPence(collar))));
    qt().forAll(mechanisms, longs().between(0, 50_000)).check((m, v) -> {
      PaymentStatement s = m.statement(ActivityReport.ofVolume(v));
      return roundTrips(m, PaymentMechanism.class) && roundTrips(s, PaymentStatement.class);
    });
  }
}
