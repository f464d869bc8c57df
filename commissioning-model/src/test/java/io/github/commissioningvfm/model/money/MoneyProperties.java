package io.github.commissioningvfm.model.money;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyProperties {

  private static final long LIMIT = 10_000_000_000_000L; // pence, well inside the range of Money

  private static Gen<Money> money() {
    return longs().between(-LIMIT, LIMIT).map(Money::ofPence);
  }

  @Test
  void additionIsAssociative() {
    qt().forAll(money(), money(), money())
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void zeroIsTheIdentityAndMinusUndoesPlus() {
    qt().forAll(money(), money())
        .check((a, b) -> a.plus(Money.ZERO).equals(a) && a.plus(b).minus(b).equals(a));
  }

  @Test
  void scaleIsAlwaysTwo() {
    qt().forAll(money(), money(), integers().between(-1000, 1000))
        .check((a, b, k) -> a.plus(b).amount().scale() == 2 && a.multipliedBy(k).amount().scale() == 2
            && a.multipliedBy(new BigDecimal("1.0375"), RoundingMode.HALF_UP).amount().scale() == 2);
  }

  @Test
  void parseInvertsToStringAndFormat() {
    qt().forAll(money())
        .check(a -> Money.parse(a.toString()).equals(a) && Money.parse(a.format()).equals(a));
  }

  @Test
  void roundingErrorIsAtMostHalfAPenny() {
    BigDecimal halfPenny = new BigDecimal("0.005");
    qt().forAll(longs().between(-LIMIT * 1000, LIMIT * 1000), integers().between(3, 8))
        .check((units, scale) -> {
          BigDecimal exact = BigDecimal.valueOf(units, scale);
          BigDecimal rounded = BigMoney.of(exact).toMoney().amount();
          return rounded.subtract(exact).abs().compareTo(halfPenny) <= 0;
        });
  }
}
