package io.github.commissioningvfm.model.payment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.ProviderType;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.Blended;
import io.github.commissioningvfm.model.payment.Block;
import io.github.commissioningvfm.model.payment.CapAndCollar;
import io.github.commissioningvfm.model.payment.CostPerCase;
import io.github.commissioningvfm.model.payment.OutcomeBased;
import io.github.commissioningvfm.model.payment.OutcomeTrigger;
import io.github.commissioningvfm.model.payment.VolumeBand;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.payment.nhsps.Relationship;
import io.github.commissioningvfm.model.payment.nhsps.RelationshipSelection;
import io.github.commissioningvfm.model.payment.nhsps.SchemeEditions;
import io.github.commissioningvfm.model.payment.nhsps.SchemeMechanism;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's model snippet: one crisis service under five payment options, checked by hand. */
class PaymentOptionsSnippetTest {

  @Test
  void fivePaymentOptionsForOneCrisisService() {
    Money value = Money.ofPounds(240_000);
    List<PaymentOption> options = List.of(
        new PaymentOption("block", new Block(value)),
        new PaymentOption("cap and collar", new CapAndCollar(value, new VolumeBand(1_800, 2_200),
            Money.ofPounds(100), Money.ofPounds(36_000))),
        new PaymentOption("cost per case", new CostPerCase(Money.ofPounds(120))),
        new PaymentOption("outcome-based", new OutcomeBased(value, Proportion.ofPercent("20"),
            List.of(new OutcomeTrigger("wellbeing", "reliable improvement for half of clients", Proportion.ALL)))),
        new PaymentOption("blended", Blended.of(new Block(Money.ofPounds(180_000)),
            new CostPerCase(Money.ofPounds(30)))));
    CommissionerRiskView risk = CommissionerRiskView.of(options, ActivityScenarios.ofVolumes(1_500, 2_000, 2_500));
    QuarterlyCashFlow cash = QuarterlyCashFlow.of(options.get(3).mechanism().statement(ActivityReport.ofVolume(2_000)),
        FinancialYear.parse("2025/26"));
    RelationshipSelection nhs = SchemeEditions.standard().forYear(FinancialYear.parse("2025/26"))
        .select(Relationship.builder(ProviderType.NHS_TRUST, CommissionerType.INTEGRATED_CARE_BOARD)
            .annualValue(Money.ofPounds(85_000_000)).build());

    // block: 240,000 whatever the activity.
    assertEquals(Money.ZERO, risk.rows().get(0).range());
    // cap and collar: 240,000 -/+ 100 x 300 contacts outside [1,800, 2,200] = 210,000 .. 270,000.
    assertEquals(Money.ofPounds(210_000), risk.rows().get(1).low());
    assertEquals(Money.ofPounds(270_000), risk.rows().get(1).high());
    // cost per case: 120 x 1,500 = 180,000 .. 120 x 2,500 = 300,000.
    assertEquals(Money.ofPounds(180_000), risk.rows().get(2).low());
    assertEquals(Money.ofPounds(300_000), risk.rows().get(2).high());
    // outcome-based, outcome not met: 240,000 x 80% = 192,000 at every level.
    assertEquals(Money.ofPounds(192_000), risk.rows().get(3).expected());
    // blended: 180,000 + 30 x 2,500 = 255,000 at high activity.
    assertEquals(Money.ofPounds(255_000), risk.rows().get(4).high());
    // cash flow of the outcome-based option: 192,000 / 4 = 48,000 a quarter, nothing after year end.
    assertEquals(Money.ofPounds(48_000), cash.quarters().get(0).amount());
    assertEquals(Money.ZERO, cash.quarters().get(4).amount());
    // The same service from an NHS trust sits inside the trust's whole relationship with its host
    // ICB (GBP 85m, no LVA value mandated): aligned payment and incentive (2025/26 NHSPS, NHS
    // provider payment mechanisms guidance, Table 1).
    assertEquals(SchemeMechanism.ALIGNED_PAYMENT_AND_INCENTIVE, nhs.mechanism());
  }
}
