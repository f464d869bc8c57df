package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Outcome-based payment: a share of the annual value is withheld and paid, after the year, for
 * each outcome trigger met. The provider must fund the withheld share until then.
 *
 * <pre>
 *   withheld            = round(annual value x withheld share)
 *   unconditional       = annual value - withheld                    (paid evenly)
 *   release(trigger i)  = round_down(withheld x share_i) for all but the last trigger,
 *                         withheld - sum of the others for the last  (so they sum to withheld)
 *   payment             = unconditional + sum of release(i) over triggers met
 * </pre>
 *
 * @param annualValue the annual value if every outcome is met; not negative
 * @param withheldShare the share withheld until outcomes are met
 * @param triggers the triggers, at least one, distinct ids, shares summing to exactly 100%
 * @since 0.1.0
 */
public record OutcomeBased(Money annualValue, Proportion withheldShare, List<OutcomeTrigger> triggers)
    implements PaymentMechanism {

  /**
   * Creates an outcome-based arrangement.
   *
   * @param annualValue the annual value if every outcome is met
   * @param withheldShare the share withheld
   * @param triggers the triggers
   */
  public OutcomeBased {
    Lines.notNegative(annualValue, "annualValue");
    Args.notNull(withheldShare, "withheldShare");
    triggers = List.copyOf(Args.notEmpty(triggers, "triggers"));
    Set<String> ids = new HashSet<>();
    triggers.forEach(t -> Args.check(ids.add(t.id()), "triggers", "have distinct ids, duplicate", "'" + t.id() + "'"));
    Percentage shares = new Percentage(triggers.stream().map(t -> t.shareOfWithheld().fraction())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    Args.check(shares.fraction().compareTo(BigDecimal.ONE) == 0, "triggers",
        "have shares of the withheld sum adding up to 100%, they add up to", shares);
  }

  @Override
  public String name() {
    return "outcome-based";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    Set<String> known = new HashSet<>();
    triggers.forEach(t -> known.add(t.id()));
    for (String met : actual.outcomesMet()) {
      Args.check(known.contains(met), "actual.outcomesMet", "name only triggers of this arrangement " + known
          + ", unknown", "'" + met + "'");
    }
    Money withheld = annualValue.multipliedBy(withheldShare.fraction(), RoundingMode.HALF_UP);
    List<PaymentLine> lines = new ArrayList<>();
    lines.add(Lines.line("unconditional share", annualValue.minus(withheld), PaymentTiming.SPREAD_EVENLY,
        annualValue + " - withheld " + withheld + " (" + withheldShare + ")"));
    Money allocated = Money.ZERO;
    for (int i = 0; i < triggers.size(); i++) {
      OutcomeTrigger t = triggers.get(i);
      Money release = i == triggers.size() - 1 ? withheld.minus(allocated)
          : withheld.multipliedBy(t.shareOfWithheld().fraction(), RoundingMode.DOWN);
      allocated = allocated.plus(release);
      boolean met = actual.outcomesMet().contains(t.id());
      lines.add(Lines.line("outcome " + t.id(), met ? release : Money.ZERO, PaymentTiming.AFTER_YEAR_END,
          met ? "met: " + t.shareOfWithheld() + " of withheld " + withheld
              : "not met: " + release + " not paid"));
    }
    return PaymentStatement.of(name(), lines);
  }
}
