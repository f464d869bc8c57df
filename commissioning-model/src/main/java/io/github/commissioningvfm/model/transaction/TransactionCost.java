package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Staff time one party spends on one stage of commissioning, priced at an hourly rate, and the
 * cycle event it belongs to if recorded.
 *
 * <pre>
 *   amount = round(hours x hourly rate)      (half up, to the penny)
 * </pre>
 * For stages that recur ({@link TransactionStage.Timing#EVERY_YEAR}) the hours are per year.
 *
 * @param party who bears the cost
 * @param stage the stage
 * @param hours the staff hours; not negative
 * @param hourlyRate the cost of an hour of that staff time, on-costs included; not negative
 * @param event the commissioning event the work was for (e.g. the tender issued), if recorded
 * @param note what the time was spent on; may be empty
 * @since 0.1.0
 */
public record TransactionCost(TransactionParty party, TransactionStage stage, BigDecimal hours, Money hourlyRate,
    Optional<CommissioningEvent> event, String note) {

  /**
   * Creates a cost.
   *
   * @param party who bears it
   * @param stage the stage
   * @param hours the hours
   * @param hourlyRate the hourly rate
   * @param event the event, if any
   * @param note what the time was spent on
   */
  public TransactionCost {
    Args.notNull(party, "party");
    Args.notNull(stage, "stage");
    Args.notNegative(hours, "hours");
    Args.notNull(hourlyRate, "hourlyRate");
    Args.check(!hourlyRate.isNegative(), "hourlyRate", "not be negative", hourlyRate);
    Args.notNull(event, "event");
    Args.notNull(note, "note");
  }

  /**
   * A cost not tied to a recorded event.
   *
   * @param party who bears it
   * @param stage the stage
   * @param hours the hours, e.g. "37.5"
   * @param hourlyRate the hourly rate
   * @param note what the time was spent on
   * @return the cost
   */
  public static TransactionCost of(TransactionParty party, TransactionStage stage, String hours, Money hourlyRate,
      String note) {
    return new TransactionCost(party, stage, new BigDecimal(Args.notNull(hours, "hours")), hourlyRate,
        Optional.empty(), note);
  }

  /**
   * This cost attached to a commissioning event.
   *
   * @param value the event
   * @return a new cost
   */
  public TransactionCost at(CommissioningEvent value) {
    return new TransactionCost(party, stage, hours, hourlyRate, Optional.of(Args.notNull(value, "event")), note);
  }

  /**
   * The cost of the time.
   *
   * @return hours x hourly rate, half up to the penny
   */
  public Money amount() {
    return hourlyRate.multipliedBy(hours, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "TransactionCost[" + party + " " + stage + ": " + hours.stripTrailingZeros().toPlainString() + " h x "
        + hourlyRate + " = " + amount() + (note.isEmpty() ? "" : " (" + note + ")") + "]";
  }
}
