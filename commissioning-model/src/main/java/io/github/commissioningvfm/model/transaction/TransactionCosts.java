package io.github.commissioningvfm.model.transaction;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The transaction costs of one contract (or one bid for it), for both parties.
 *
 * <pre>
 *   before award(p)     = sum of amounts of p's items at BEFORE_AWARD stages
 *   once after award(p) = sum of amounts of p's items at ONCE_AFTER_AWARD stages
 *   per year(p)         = sum of amounts of p's items at EVERY_YEAR stages
 *   over term(p, n)     = before award(p) + once after award(p) + n x per year(p)
 *   if awarded(p, n)    = once after award(p) + n x per year(p)
 * </pre>
 *
 * @param items the costs, in the order recorded; may be empty
 * @since 0.1.0
 */
public record TransactionCosts(List<TransactionCost> items) {

  /** No transaction costs. */
  public static final TransactionCosts NONE = new TransactionCosts(List.of());

  /**
   * Creates the costs.
   *
   * @param items the costs
   */
  public TransactionCosts {
    items = List.copyOf(Args.noNullElements(items, "items"));
  }

  /**
   * The costs given.
   *
   * @param items the costs
   * @return the collection
   */
  public static TransactionCosts of(TransactionCost... items) {
    return new TransactionCosts(List.of(items));
  }

  /**
   * These costs and one more.
   *
   * @param item the cost
   * @return a new collection
   */
  public TransactionCosts with(TransactionCost item) {
    List<TransactionCost> all = new ArrayList<>(items);
    all.add(Args.notNull(item, "item"));
    return new TransactionCosts(all);
  }

  private Money sum(Predicate<TransactionCost> which) {
    Money total = Money.ZERO;
    for (TransactionCost c : items) {
      total = which.test(c) ? total.plus(c.amount()) : total;
    }
    return total;
  }

  /**
   * One party's cost at one stage.
   *
   * @param party the party
   * @param stage the stage
   * @return the sum of the matching items
   */
  public Money total(TransactionParty party, TransactionStage stage) {
    Args.notNull(party, "party");
    Args.notNull(stage, "stage");
    return sum(c -> c.party() == party && c.stage() == stage);
  }

  /**
   * One party's cost at the stages with one timing.
   *
   * @param party the party
   * @param timing the timing
   * @return the sum of the matching items
   */
  public Money total(TransactionParty party, TransactionStage.Timing timing) {
    Args.notNull(party, "party");
    Args.notNull(timing, "timing");
    return sum(c -> c.party() == party && c.stage().timing() == timing);
  }

  /**
   * One party's cost over a contract term, bid included.
   *
   * @param party the party
   * @param years the contract's length in years; not negative
   * @return before award + once after award + years x per year
   */
  public Money overTerm(TransactionParty party, int years) {
    return total(party, TransactionStage.Timing.BEFORE_AWARD).plus(ifAwarded(party, years));
  }

  /**
   * One party's cost over a contract term from the award on, bid excluded.
   *
   * @param party the party
   * @param years the contract's length in years; not negative
   * @return once after award + years x per year
   */
  public Money ifAwarded(TransactionParty party, int years) {
    Args.notNegative(years, "years");
    return total(party, TransactionStage.Timing.ONCE_AFTER_AWARD)
        .plus(total(party, TransactionStage.Timing.EVERY_YEAR).multipliedBy(years));
  }

  /**
   * The costs attached to one commissioning event.
   *
   * @param event the event
   * @return the items recorded against it
   */
  public List<TransactionCost> at(CommissioningEvent event) {
    Args.notNull(event, "event");
    return items.stream().filter(c -> c.event().filter(event::equals).isPresent()).toList();
  }
}
