package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes made to an agreement since it was signed, in order of effective date.
 *
 * @param changes the changes, effective dates never decreasing
 * @since 0.1.0
 */
public record AgreementHistory(List<AgreementChange> changes) {

  /** No changes. */
  public static final AgreementHistory EMPTY = new AgreementHistory(List.of());

  /**
   * Creates a history.
   *
   * @param changes the changes in order of effective date
   */
  public AgreementHistory {
    changes = List.copyOf(Args.noNullElements(changes, "changes"));
    for (int i = 1; i < changes.size(); i++) {
      LocalDate before = changes.get(i - 1).effective();
      Args.check(!changes.get(i).effective().isBefore(before), "changes",
          "be in order of effective date, but change " + i + " is dated before " + before,
          changes.get(i).effective());
    }
  }

  /**
   * This history with one more change, which must not be dated before the last.
   *
   * @param change the change
   * @return the longer history
   */
  public AgreementHistory with(AgreementChange change) {
    List<AgreementChange> all = new ArrayList<>(changes);
    all.add(Args.notNull(change, "change"));
    return new AgreementHistory(all);
  }

  /**
   * Checks the history against the original term: each change must be dated within the term in
   * effect on its date, and each extension or roll-over must move the end later.
   *
   * @param original the term as signed
   * @throws IllegalArgumentException naming the change and the term it breaks
   */
  public void checkAgainst(Term original) {
    Term current = Args.notNull(original, "original");
    for (AgreementChange change : changes) {
      String kind = change.getClass().getSimpleName();
      Args.check(current.contains(change.effective()), "history", "date every change within the term in effect ("
          + current + "), but " + kind + " is effective", change.effective());
      LocalDate newEnd = newEnd(change);
      if (newEnd != null) {
        Args.check(newEnd.isAfter(current.end()), "history", "not overlap: each extension or roll-over must end "
            + "after the current end (" + current.end() + "), but " + kind + " ends", newEnd);
        current = current.withEnd(newEnd);
      }
    }
  }

  /**
   * The term after every extension and roll-over.
   *
   * @param original the term as signed
   * @return the current term
   */
  public Term currentTerm(Term original) {
    Term current = Args.notNull(original, "original");
    for (AgreementChange change : changes) {
      LocalDate newEnd = newEnd(change);
      if (newEnd != null) {
        current = current.withEnd(newEnd);
      }
    }
    return current;
  }

  /**
   * The annual value in effect on a date: the original, or the latest variation effective on or
   * before that date that changed it.
   *
   * @param original the annual value as signed
   * @param date the date
   * @return the annual value then
   */
  public Money annualValueOn(Money original, LocalDate date) {
    Args.notNull(original, "original");
    Args.notNull(date, "date");
    Money value = original;
    for (AgreementChange change : changes) {
      if (change instanceof Variation v && !v.effective().isAfter(date) && v.newAnnualValue().isPresent()) {
        value = v.newAnnualValue().get();
      }
    }
    return value;
  }

  private static LocalDate newEnd(AgreementChange change) {
    if (change instanceof Extension e) {
      return e.newEnd();
    }
    if (change instanceof RollOver r) {
      return r.newEnd();
    }
    return null;
  }
}
