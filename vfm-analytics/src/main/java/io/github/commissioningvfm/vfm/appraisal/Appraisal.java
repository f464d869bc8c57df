package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An appraisal: two or more options compared over a horizon, in one price base.
 *
 * <p>Built with {@link #builder(String)}. Building checks that there are at least two options with
 * distinct names, that the counterfactual is one of them, and that every cost and benefit stream
 * covers exactly the horizon and is in the price base; each failure names the option, the stream
 * and, where relevant, the year.
 *
 * @param name the appraisal's name
 * @param priceBase the price base of every amount
 * @param firstYear the financial year of appraisal year 0
 * @param horizonYears the number of years appraised
 * @param options the options, at least two
 * @param counterfactual the name of the option the others are compared with
 * @param rebasing the price index used to bring amounts to the price base, if any
 * @param assumptions assumptions stated by the analyst, reported with every result
 * @since 0.1.0
 */
public record Appraisal(String name, FinancialYear priceBase, FinancialYear firstYear, int horizonYears,
    List<AppraisalOption> options, String counterfactual, Optional<Provenance> rebasing, List<String> assumptions) {

  /** Validates and copies. */
  public Appraisal {
    Args.notBlank(name, "name");
    Args.notNull(priceBase, "priceBase");
    Args.notNull(firstYear, "firstYear");
    Args.positive(horizonYears, "horizonYears");
    options = List.copyOf(Args.noNullElements(options, "options"));
    Args.notNull(counterfactual, "counterfactual");
    Args.notNull(rebasing, "rebasing");
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
    if (options.size() < 2) {
      throw new IllegalArgumentException("Appraisal '" + name + "' must have at least two options "
          + "(the intervention and the counterfactual), found " + options.size());
    }
    Set<String> names = new HashSet<>();
    for (AppraisalOption o : options) {
      if (!names.add(o.name())) {
        throw new IllegalArgumentException("Appraisal '" + name + "': option '" + o.name() + "' appears twice");
      }
    }
    if (!names.contains(counterfactual)) {
      throw new IllegalArgumentException("Appraisal '" + name + "': counterfactual '" + counterfactual
          + "' is not one of the options " + options.stream().map(AppraisalOption::name).toList());
    }
    for (AppraisalOption o : options) {
      for (CostStream s : o.costs()) {
        List<Cost> amounts = s.amounts();
        check(o, "cost stream", s.name(), amounts.size(), t -> amounts.get(t).priceBase(), horizonYears, priceBase);
      }
      for (BenefitStream s : o.benefits()) {
        BenefitValuation v = s.valuation();
        check(o, "benefit stream", s.name(), v.years(), v::priceBaseOfYear, horizonYears, priceBase);
      }
      for (EffectStream s : o.effects()) {
        if (s.quantities().size() != horizonYears) {
          throw new IllegalArgumentException("Option '" + o.name() + "', effect stream '" + s.measure() + "': has "
              + s.quantities().size() + " yearly values but the appraisal horizon is " + horizonYears + " years");
        }
      }
    }
  }

  private static void check(AppraisalOption o, String kind, String stream, int years,
      java.util.function.IntFunction<FinancialYear> baseOfYear, int horizon, FinancialYear base) {
    if (years != horizon) {
      throw new IllegalArgumentException("Option '" + o.name() + "', " + kind + " '" + stream + "': has "
          + years + " yearly amounts but the appraisal horizon is " + horizon + " years");
    }
    for (int year = 0; year < years; year++) {
      FinancialYear actual = baseOfYear.apply(year);
      if (!actual.equals(base)) {
        throw new IllegalArgumentException("Option '" + o.name() + "', " + kind + " '" + stream + "', year " + year
            + ": amount is in " + actual + " prices but the appraisal's price base is " + base
            + "; rebase it with a price index first");
      }
    }
  }

  /**
   * Starts a builder.
   *
   * @param name the appraisal's name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Finds an option by name.
   *
   * @param optionName the name
   * @return the option
   * @throws IllegalArgumentException naming the available options if there is none of that name
   */
  public AppraisalOption option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Appraisal '" + name + "' has no option '" + optionName
            + "'; options are " + options.stream().map(AppraisalOption::name).collect(Collectors.toList())));
  }

  /**
   * The counterfactual option.
   *
   * @return the option the others are compared with
   */
  public AppraisalOption counterfactualOption() {
    return option(counterfactual);
  }

  /**
   * The options other than the counterfactual, in the order given.
   *
   * @return the alternatives to the counterfactual
   */
  public List<AppraisalOption> alternatives() {
    return options.stream().filter(o -> !o.name().equals(counterfactual)).toList();
  }

  /**
   * The same appraisal compared against another of its options, e.g. to report ROI against each
   * alternative in turn.
   *
   * @param optionName the option to use as counterfactual
   * @return the copy
   * @throws IllegalArgumentException naming the options if there is none of that name
   */
  public Appraisal withCounterfactual(String optionName) {
    return new Appraisal(name, priceBase, firstYear, horizonYears, options, option(optionName).name(), rebasing,
        assumptions);
  }

  /**
   * The financial year of an appraisal year.
   *
   * @param year the appraisal year, 0 for the first
   * @return {@code firstYear + year}
   */
  public FinancialYear financialYear(int year) {
    return firstYear.plusYears(Args.inRange(year, 0, horizonYears - 1, "year"));
  }

  /** Builds an appraisal. */
  public static final class Builder {
    private final String name;
    private FinancialYear priceBase;
    private FinancialYear firstYear;
    private int horizonYears;
    private final List<AppraisalOption> options = new ArrayList<>();
    private String counterfactual;
    private Provenance rebasing;
    private final List<String> assumptions = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the price base of every amount.
     *
     * @param value the price base
     * @return this builder
     */
    public Builder priceBase(FinancialYear value) {
      this.priceBase = value;
      return this;
    }

    /**
     * Sets the first year and the horizon.
     *
     * @param first the financial year of appraisal year 0
     * @param years the number of years
     * @return this builder
     */
    public Builder horizon(FinancialYear first, int years) {
      this.firstYear = first;
      this.horizonYears = years;
      return this;
    }

    /**
     * Adds an option.
     *
     * @param option the option
     * @return this builder
     */
    public Builder option(AppraisalOption option) {
      options.add(Args.notNull(option, "option"));
      return this;
    }

    /**
     * Adds the counterfactual option and marks it as such.
     *
     * @param option the counterfactual
     * @return this builder
     */
    public Builder counterfactual(AppraisalOption option) {
      options.add(Args.notNull(option, "option"));
      this.counterfactual = option.name();
      return this;
    }

    /**
     * Names the counterfactual among the options already added or still to add.
     *
     * @param optionName its name
     * @return this builder
     */
    public Builder counterfactual(String optionName) {
      this.counterfactual = Args.notBlank(optionName, "counterfactual");
      return this;
    }

    /**
     * Records the price index used to rebase the amounts to the price base.
     *
     * @param index the index's provenance
     * @return this builder
     */
    public Builder rebasedWith(Provenance index) {
      this.rebasing = Args.notNull(index, "index");
      return this;
    }

    /**
     * Adds a stated assumption.
     *
     * @param assumption the assumption, in words
     * @return this builder
     */
    public Builder assumption(String assumption) {
      assumptions.add(Args.notBlank(assumption, "assumption"));
      return this;
    }

    /**
     * Builds and validates the appraisal.
     *
     * @return the appraisal
     */
    public Appraisal build() {
      Args.notNull(priceBase, "priceBase");
      Args.notNull(firstYear, "firstYear");
      if (counterfactual == null) {
        throw new IllegalArgumentException("Appraisal '" + name + "': no counterfactual named; call counterfactual(...)");
      }
      return new Appraisal(name, priceBase, firstYear, horizonYears, options, counterfactual,
          Optional.ofNullable(rebasing), assumptions);
    }
  }
}
