package io.github.commissioningvfm.model.transaction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Transaction costs never make a value larger. */
class TransactionProperties {

  private static Gen<TransactionCost> cost() {
    return integers().between(0, TransactionStage.values().length - 1).zip(longs().between(0, 100_000),
        longs().between(0, 20_000), integers().between(0, 1), (stage, centiHours, pence, party) ->
            new TransactionCost(TransactionParty.values()[party], TransactionStage.values()[stage],
                BigDecimal.valueOf(centiHours, 2), Money.ofPence(pence), Optional.empty(), ""));
  }

  @Test
  void transactionCostsNeverMakeANetValueLarger() {
    qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), lists().of(cost()).ofSizeBetween(0, 12),
        integers().between(1, 10), integers().between(0, 100)).checkAssert((pence, items, years, pct) -> {
          Money gross = Money.ofPence(pence);
          TransactionCosts costs = new TransactionCosts(items);
          for (TransactionParty party : TransactionParty.values()) {
            assertTrue(NetValue.of(gross, costs.overTerm(party, years)).net().compareTo(gross) <= 0);
          }
          Proportion p = Proportion.ofPercent(Integer.toString(pct));
          BidDecision with = BidDecision.of("b", p, gross, years, costs);
          BidDecision without = BidDecision.of("b", p, gross, years, TransactionCosts.NONE);
          assertTrue(with.expectedValue().compareTo(without.expectedValue()) <= 0);
          assertTrue(with.netIfWon().net().compareTo(without.netIfWon().net()) <= 0);
        });
  }
}
