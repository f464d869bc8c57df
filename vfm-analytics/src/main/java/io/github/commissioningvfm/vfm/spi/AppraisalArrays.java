package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * An appraisal's yearly flows in double precision, in a buffer that is filled again for each
 * Monte Carlo iteration instead of building an {@link Appraisal}: for each option, party and year
 * the costs borne, the net benefits received (after impact adjustments) and the cashable part of
 * those benefits, and for each option, effect measure and year the effect quantity.
 *
 * <p>Options are numbered {@code 0} for the counterfactual and {@code j + 1} for the appraisal's
 * alternative {@code j} (its index in {@link Appraisal#alternatives()}). Parties are the
 * {@link Perspective} a flow falls on. The exact meaning of each flow is that of the appraisal
 * package: a cost stream's amount in a year; a benefit stream's
 * {@code gross(t) x (1 - deadweight) x (1 - attribution) x (1 - displacement) x (1 - dropOff)^t}.
 *
 * <p>Strategies read it through {@link FastHeadlines}; an {@code ArrayAppraisalModel} writes it from
 * drawn input values; {@link #write(Appraisal)} writes it from an exact appraisal. A buffer belongs
 * to one thread at a time.
 *
 * @since 0.1.0
 */
public final class AppraisalArrays {

  private static final Perspective[] PARTIES = Perspective.values();
  private static final int P = PARTIES.length;

  private final int alternatives;
  private final int years;
  private final List<String> effectMeasures;
  private final double[] costs;
  private final double[] benefits;
  private final double[] cashable;
  private final double[] effects;
  /** Whether a row (option x party) of costs, or of benefits, may hold a non-zero flow. */
  private final boolean[] costRows;
  private final boolean[] benefitRows;
  private final boolean[] effectRows;

  private AppraisalArrays(int alternatives, int years, List<String> effectMeasures) {
    this.alternatives = alternatives;
    this.years = years;
    this.effectMeasures = effectMeasures;
    int options = alternatives + 1;
    costs = new double[options * P * years];
    benefits = new double[options * P * years];
    cashable = new double[options * P * years];
    effects = new double[options * effectMeasures.size() * years];
    costRows = new boolean[options * P];
    benefitRows = new boolean[options * P];
    effectRows = new boolean[options * effectMeasures.size()];
  }

  /**
   * An empty buffer (all zero).
   *
   * @param alternatives the number of options other than the counterfactual, at least 1
   * @param years the number of years, at least 1
   * @param effectMeasures the effect measures it holds, distinct
   * @return the buffer
   */
  public static AppraisalArrays of(int alternatives, int years, List<String> effectMeasures) {
    Args.check(alternatives >= 1, "alternatives", "be at least 1", alternatives);
    Args.check(years >= 1, "years", "be at least 1", years);
    List<String> measures = List.copyOf(Args.noNullElements(effectMeasures, "effectMeasures"));
    Args.check(measures.stream().distinct().count() == measures.size(), "effectMeasures", "be distinct", measures);
    return new AppraisalArrays(alternatives, years, measures);
  }

  /**
   * An empty buffer shaped like an appraisal: its alternatives, years and every effect measure any
   * of its options has.
   *
   * @param appraisal the appraisal
   * @return the buffer
   */
  public static AppraisalArrays shapedLike(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    return of(appraisal.alternatives().size(), appraisal.horizonYears(), appraisal.options().stream()
        .flatMap(o -> o.effects().stream()).map(EffectStream::measure).distinct().toList());
  }

  /**
   * The number of options other than the counterfactual.
   *
   * @return the number of alternatives
   */
  public int alternatives() {
    return alternatives;
  }

  /**
   * The number of years.
   *
   * @return the years
   */
  public int years() {
    return years;
  }

  /**
   * The effect measures held, in index order.
   *
   * @return the measures
   */
  public List<String> effectMeasures() {
    return effectMeasures;
  }

  /**
   * The index of an effect measure.
   *
   * @param measure the measure
   * @return its index
   * @throws IllegalArgumentException listing the measures if it is not held
   */
  public int effectIndex(String measure) {
    int i = effectMeasures.indexOf(measure);
    if (i < 0) {
      throw new IllegalArgumentException("No effect measure '" + measure + "'; the measures are " + effectMeasures);
    }
    return i;
  }

  /** Sets every flow to zero (only the rows written since the last clear are touched). */
  public void clear() {
    for (int row = 0; row < costRows.length; row++) {
      if (costRows[row]) {
        Arrays.fill(costs, row * years, row * years + years, 0);
        costRows[row] = false;
      }
      if (benefitRows[row]) {
        Arrays.fill(benefits, row * years, row * years + years, 0);
        Arrays.fill(cashable, row * years, row * years + years, 0);
        benefitRows[row] = false;
      }
    }
    for (int row = 0; row < effectRows.length; row++) {
      if (effectRows[row]) {
        Arrays.fill(effects, row * years, row * years + years, 0);
        effectRows[row] = false;
      }
    }
  }

  private int at(int option, Perspective party, int year) {
    return (option * P + party.ordinal()) * years + year;
  }

  /**
   * Adds a cost.
   *
   * @param option the option (0 for the counterfactual)
   * @param bearer who bears it
   * @param year the year index
   * @param amount the amount in pounds
   */
  public void addCost(int option, Perspective bearer, int year, double amount) {
    int row = option * P + bearer.ordinal();
    costRows[row] = true;
    costs[row * years + year] += amount;
  }

  /**
   * Adds a net benefit (after impact adjustments).
   *
   * @param option the option (0 for the counterfactual)
   * @param recipient who receives it
   * @param isCashable whether it is cashable
   * @param year the year index
   * @param amount the net amount in pounds
   */
  public void addBenefit(int option, Perspective recipient, boolean isCashable, int year, double amount) {
    int row = option * P + recipient.ordinal();
    benefitRows[row] = true;
    int i = row * years + year;
    benefits[i] += amount;
    if (isCashable) {
      cashable[i] += amount;
    }
  }

  /**
   * Adds an effect quantity.
   *
   * @param option the option (0 for the counterfactual)
   * @param measure the measure's index ({@link #effectIndex})
   * @param year the year index
   * @param quantity the quantity
   */
  public void addEffect(int option, int measure, int year, double quantity) {
    int row = option * effectMeasures.size() + measure;
    effectRows[row] = true;
    effects[row * years + year] += quantity;
  }

  /**
   * The costs an option's flows put on a party in a year.
   *
   * @param option the option (0 for the counterfactual)
   * @param party the party
   * @param year the year index
   * @return the amount
   */
  public double cost(int option, Perspective party, int year) {
    return costs[at(option, party, year)];
  }

  /**
   * The net benefits a party receives from an option in a year.
   *
   * @param option the option (0 for the counterfactual)
   * @param party the party
   * @param year the year index
   * @param cashableOnly true for the cashable part only
   * @return the amount
   */
  public double benefit(int option, Perspective party, int year, boolean cashableOnly) {
    return (cashableOnly ? cashable : benefits)[at(option, party, year)];
  }

  /**
   * An option's effect quantity in a year.
   *
   * @param option the option (0 for the counterfactual)
   * @param measure the measure's index
   * @param year the year index
   * @return the quantity
   */
  public double effect(int option, int measure, int year) {
    return effects[(option * effectMeasures.size() + measure) * years + year];
  }

  /**
   * The present value of an option's costs borne within a perspective:
   * {@code sum_t D(t) x sum_(party in perspective) cost(option, party, t)}.
   *
   * @param option the option (0 for the counterfactual)
   * @param perspective the perspective
   * @param factors the discount factors {@code D(t)}, at least {@link #years()} of them
   * @return the present value
   */
  public double presentCosts(int option, Perspective perspective, double[] factors) {
    return present(costs, costRows, option, perspective, factors);
  }

  /**
   * The present value of an option's net benefits received within a perspective:
   * {@code sum_t D(t) x sum_(party in perspective) benefit(option, party, t)}.
   *
   * @param option the option (0 for the counterfactual)
   * @param perspective the perspective
   * @param factors the discount factors, at least {@link #years()} of them
   * @param cashableOnly true for cashable benefits only
   * @return the present value
   */
  public double presentBenefits(int option, Perspective perspective, double[] factors, boolean cashableOnly) {
    return present(cashableOnly ? cashable : benefits, benefitRows, option, perspective, factors);
  }

  /**
   * The present value of an option's effect: {@code sum_t D(t) x effect(option, measure, t)}.
   *
   * @param option the option (0 for the counterfactual)
   * @param measure the measure's index
   * @param factors the discount factors, at least {@link #years()} of them
   * @return the present value
   */
  public double presentEffect(int option, int measure, double[] factors) {
    int from = (option * effectMeasures.size() + measure) * years;
    double total = 0;
    for (int t = 0; t < years; t++) {
      total += effects[from + t] * factors[t];
    }
    return total;
  }

  private double present(double[] flows, boolean[] rows, int option, Perspective perspective, double[] factors) {
    double total = 0;
    for (int p = 0; p < P; p++) {
      int row = option * P + p;
      if (rows[row] && perspective.includes(PARTIES[p])) {
        int from = row * years;
        for (int t = 0; t < years; t++) {
          total += flows[from + t] * factors[t];
        }
      }
    }
    return total;
  }

  /**
   * Replaces the contents with an appraisal's flows in double precision.
   *
   * @param appraisal an appraisal of this buffer's shape
   * @return this buffer
   * @throws IllegalArgumentException if the appraisal's alternatives or years differ, or an option has
   *     an effect measure the buffer does not hold
   */
  public AppraisalArrays write(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    if (appraisal.alternatives().size() != alternatives || appraisal.horizonYears() != years) {
      throw new IllegalArgumentException("Appraisal '" + appraisal.name() + "' has " + appraisal.alternatives().size()
          + " alternatives over " + appraisal.horizonYears() + " years, but the arrays hold " + alternatives
          + " over " + years);
    }
    clear();
    writeOption(0, appraisal.counterfactualOption());
    List<AppraisalOption> alts = appraisal.alternatives();
    for (int j = 0; j < alts.size(); j++) {
      writeOption(j + 1, alts.get(j));
    }
    return this;
  }

  private void writeOption(int option, AppraisalOption o) {
    for (CostStream s : o.costs()) {
      double[] v = new double[years];
      fill(v, s.amounts(), c -> c.amount().toDouble());
      for (int t = 0; t < years; t++) {
        addCost(option, s.bearer(), t, v[t]);
      }
    }
    for (BenefitStream s : o.benefits()) {
      ImpactAdjustments adj = s.adjustments();
      double base = adj.baseFactor().doubleValue();
      double keep = adj.dropOff().complement().toDouble();
      double fade = 1;
      double[] gross = gross(s.valuation());
      for (int t = 0; t < years; t++) {
        addBenefit(option, s.recipient(), s.cashable(), t, gross[t] * base * fade);
        fade *= keep;
      }
    }
    for (EffectStream e : o.effects()) {
      int m = effectIndex(e.measure());
      double[] q = new double[years];
      fill(q, e.quantities(), BigDecimal::doubleValue);
      for (int t = 0; t < years; t++) {
        addEffect(option, m, t, q[t]);
      }
    }
  }

  /** {@code quantity(t) x unitValue} or {@code amount(t)}. */
  private double[] gross(BenefitValuation valuation) {
    double[] out = new double[years];
    if (valuation instanceof BenefitValuation.Quantified q) {
      double unit = q.unitValue().cost().amount().toDouble();
      fill(out, q.quantities(), BigDecimal::doubleValue);
      for (int t = 0; t < years; t++) {
        out[t] *= unit;
      }
    } else {
      fill(out, ((BenefitValuation.Direct) valuation).amounts(), c -> c.amount().toDouble());
    }
    return out;
  }

  /** Converts values; runs of the same object (as from {@code Collections.nCopies}) are converted once. */
  private static <T> void fill(double[] out, List<T> values, java.util.function.ToDoubleFunction<T> convert) {
    T previous = null;
    for (int t = 0; t < out.length && t < values.size(); t++) {
      T v = values.get(t);
      out[t] = v == previous ? out[t - 1] : convert.applyAsDouble(v);
      previous = v;
    }
  }

  @Override
  public String toString() {
    return "AppraisalArrays[" + (alternatives + 1) + " options (counterfactual first) x " + years + " years"
        + (effectMeasures.isEmpty() ? "" : ", effects " + effectMeasures) + "]";
  }
}
