package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One delegation: who delegates what to whom, with which decision right, from when and until when.
 * Build with {@link #builder(String, String, DecisionRight)}.
 *
 * @param from the delegating body, e.g. an integrated care board
 * @param to the body receiving it, e.g. a Place committee
 * @param scope what the delegation covers, e.g. "community mental health" or "all Place services"
 * @param matters what is delegated: budget, decisions, workforce; at least one
 * @param right what the receiving body may do
 * @param ratificationChain the bodies that must ratify, in order; required for
 *     {@link DecisionRight#RECOMMEND}, empty otherwise
 * @param budget the delegated budget, required when {@link DelegatedMatter#BUDGET} is delegated
 * @param effectiveFrom the first day it has effect
 * @param effectiveUntil the last day it has effect, if it ended
 * @since 0.1.0
 */
public record Delegation(String from, String to, String scope, Set<DelegatedMatter> matters, DecisionRight right,
    List<String> ratificationChain, Optional<Money> budget, LocalDate effectiveFrom,
    Optional<LocalDate> effectiveUntil) {

  /**
   * Creates a delegation.
   *
   * @param from the delegating body
   * @param to the receiving body
   * @param scope what it covers
   * @param matters what is delegated
   * @param right the decision right
   * @param ratificationChain who ratifies
   * @param budget the budget, if delegated
   * @param effectiveFrom first day
   * @param effectiveUntil last day, if any
   */
  public Delegation {
    Args.notBlank(from, "from");
    Args.notBlank(to, "to");
    Args.notBlank(scope, "scope");
    matters = Set.copyOf(Args.notEmpty(Args.noNullElements(matters, "matters"), "matters"));
    Args.notNull(right, "right");
    ratificationChain = List.copyOf(Args.noNullElements(ratificationChain, "ratificationChain"));
    Args.check(right == DecisionRight.RECOMMEND ? !ratificationChain.isEmpty() : ratificationChain.isEmpty(),
        "ratificationChain", right == DecisionRight.RECOMMEND ? "name who ratifies a recommendation"
            : "be empty unless the right is RECOMMEND", ratificationChain);
    Args.notNull(budget, "budget");
    Args.check(matters.contains(DelegatedMatter.BUDGET) == budget.isPresent(), "budget",
        "be given exactly when the budget is delegated", budget);
    Args.notNull(effectiveFrom, "effectiveFrom");
    Args.notNull(effectiveUntil, "effectiveUntil");
    Args.check(effectiveUntil.map(u -> !u.isBefore(effectiveFrom)).orElse(true), "effectiveUntil",
        "not be before " + effectiveFrom, effectiveUntil);
  }

  /**
   * Starts a delegation.
   *
   * @param from the delegating body
   * @param to the receiving body
   * @param right the decision right
   * @return a builder (scope "all delegated services", decisions delegated, from 1 July 2022)
   */
  public static Builder builder(String from, String to, DecisionRight right) {
    return new Builder(from, to, right);
  }

  /**
   * Whether the delegation has effect on a date.
   *
   * @param date the date
   * @return true if effectiveFrom &lt;= date &lt;= effectiveUntil
   */
  public boolean inForceOn(LocalDate date) {
    Args.notNull(date, "date");
    return !date.isBefore(effectiveFrom) && effectiveUntil.map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * The delegation in words, e.g. "ICB -&gt; North Place committee (community mental health): recommends,
   * subject to ratification by ICB strategy committee, ICB board; decisions; from 2023-04-01".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return from + " -> " + to + " (" + scope + "): " + right.phrase()
        + (ratificationChain.isEmpty() ? "" : " by " + String.join(", then ", ratificationChain)) + "; delegated: "
        + String.join(", ", matters.stream().sorted().map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).toList())
        + budget.map(b -> " (budget " + b.format() + ")").orElse("") + "; from " + effectiveFrom
        + effectiveUntil.map(u -> " until " + u).orElse("");
  }

  /** Builds a {@link Delegation}. */
  public static final class Builder {
    private final String from;
    private final String to;
    private final DecisionRight right;
    private String scope = "all delegated services";
    private final Set<DelegatedMatter> matters = EnumSet.noneOf(DelegatedMatter.class);
    private final List<String> chain = new ArrayList<>();
    private Optional<Money> budget = Optional.empty();
    private LocalDate effectiveFrom = LocalDate.of(2022, 7, 1);
    private Optional<LocalDate> effectiveUntil = Optional.empty();

    private Builder(String from, String to, DecisionRight right) {
      this.from = from;
      this.to = to;
      this.right = right;
    }

    /**
     * Sets what the delegation covers.
     *
     * @param value the scope
     * @return this builder
     */
    public Builder scope(String value) {
      scope = value;
      return this;
    }

    /**
     * Delegates decisions.
     *
     * @return this builder
     */
    public Builder decisions() {
      matters.add(DelegatedMatter.DECISIONS);
      return this;
    }

    /**
     * Delegates workforce.
     *
     * @return this builder
     */
    public Builder workforce() {
      matters.add(DelegatedMatter.WORKFORCE);
      return this;
    }

    /**
     * Delegates a budget.
     *
     * @param amount the budget
     * @return this builder
     */
    public Builder budget(Money amount) {
      matters.add(DelegatedMatter.BUDGET);
      budget = Optional.of(Args.notNull(amount, "budget"));
      return this;
    }

    /**
     * Adds a body to the ratification chain.
     *
     * @param body the body, in order
     * @return this builder
     */
    public Builder ratifiedBy(String body) {
      chain.add(body);
      return this;
    }

    /**
     * Sets the dates.
     *
     * @param first the first day
     * @param last the last day, or empty if open-ended
     * @return this builder
     */
    public Builder effective(LocalDate first, Optional<LocalDate> last) {
      effectiveFrom = first;
      effectiveUntil = last;
      return this;
    }

    /**
     * Builds the delegation.
     *
     * @return the delegation
     */
    public Delegation build() {
      return new Delegation(from, to, scope, matters, right, chain, budget, effectiveFrom, effectiveUntil);
    }
  }
}
