package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.List;

/**
 * A low volume activity (LVA) block payment: the commissioner pays the nationally set LVA value,
 * based on a three-year rolling average, with no other transactions in-year (NHS England, "About
 * the NHS Payment Scheme", 2023/25 and 2025/26 editions; 2025/26 NHSPS section 5). The published
 * value is an input: the library does not recompute it.
 *
 * <p>Payment = published LVA value, independent of the activity report.
 *
 * @param publishedValue the nationally set LVA value for this provider and commissioner; not negative
 * @param schemeEdition the scheme edition that published it, e.g. "2025/26"
 * @since 0.1.0
 */
public record LowVolumeActivityBlock(Money publishedValue, String schemeEdition) implements PaymentMechanism {

  /**
   * Creates an LVA block.
   *
   * @param publishedValue the published LVA value
   * @param schemeEdition the scheme edition that published it
   */
  public LowVolumeActivityBlock {
    Lines.notNegative(publishedValue, "publishedValue");
    Args.notBlank(schemeEdition, "schemeEdition");
  }

  @Override
  public String name() {
    return "low volume activity block";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    return PaymentStatement.of(name(), List.of(Lines.line("LVA block", publishedValue, PaymentTiming.SPREAD_EVENLY,
        "nationally set LVA value (" + schemeEdition + " NHSPS), no in-year adjustment")));
  }
}
