package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * A blended arrangement: the sum of several mechanisms, e.g. a block for core capacity plus cost
 * per case above it plus an outcome-based element.
 *
 * <p>Lines = the lines of every part, labelled "part i (name): ..."; payment = sum of the parts'
 * payments, exactly, since each part's lines are already rounded.
 *
 * @param parts the parts, at least one
 * @since 0.1.0
 */
public record Blended(List<PaymentMechanism> parts) implements PaymentMechanism {

  /**
   * Creates a blend.
   *
   * @param parts the parts, at least one
   */
  public Blended {
    parts = List.copyOf(Args.notEmpty(parts, "parts"));
  }

  /**
   * Creates a blend.
   *
   * @param parts the parts, at least one
   * @return the blend
   */
  public static Blended of(PaymentMechanism... parts) {
    return new Blended(List.of(Args.notNull(parts, "parts")));
  }

  @Override
  public String name() {
    return "blended";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    List<PaymentLine> lines = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      PaymentMechanism part = parts.get(i);
      String prefix = "part " + (i + 1) + " (" + part.name() + ")";
      part.statement(actual).lines().forEach(line -> lines.add(line.prefixed(prefix)));
    }
    return PaymentStatement.of(name(), lines);
  }
}
