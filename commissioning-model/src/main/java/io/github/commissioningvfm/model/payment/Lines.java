package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.Collections;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/** Rounding and line construction shared by the mechanisms: one rounding per line, half-up. */
final class Lines {

  private Lines() {
  }

  static PaymentLine line(String label, BigDecimal exactAmount, PaymentTiming timing, String basis) {
    return new PaymentLine(label, Money.of(exactAmount, RoundingMode.HALF_UP), timing, basis);
  }

  static PaymentLine line(String label, Money amount, PaymentTiming timing, String basis) {
    return new PaymentLine(label, amount, timing, basis);
  }

  static Money notNegative(Money amount, String name) {
    Args.notNull(amount, name);
    Args.check(!amount.isNegative(), name, "not be negative", amount);
    return amount;
  }

  static Map<CurrencyCode, Money> prices(Map<CurrencyCode, Money> unitPrices, String name) {
    Args.noNullEntries(unitPrices, name);
    Args.check(!unitPrices.isEmpty(), name, "hold at least one currency code", unitPrices);
    unitPrices.forEach((code, price) -> Args.check(!price.isNegative(), name + "[" + code + "]", "not be negative",
        price));
    return sorted(unitPrices);
  }

  static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  static void requirePriced(Map<CurrencyCode, Money> unitPrices, ActivityReport actual) {
    for (Map.Entry<CurrencyCode, Long> e : actual.volumes().entrySet()) {
      if (!unitPrices.containsKey(e.getKey())) {
        throw new IllegalArgumentException("Argument 'actual.volumes' holds an unknown currency code: '"
            + e.getKey() + "' (" + e.getValue() + " units); priced codes are "
            + new TreeMap<>(unitPrices).keySet());
      }
    }
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
