package io.github.commissioningvfm.vfm.internal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Yearly totals of an option's costs and benefits, filtered by perspective, and the sources such
 * discounted totals cite, shared by the built-in strategies.
 *
 * <p>{@code costs(t) = sum over cost streams borne within the perspective of amount(t) x (1 + uplift)},
 * the uplift applying to every option but the counterfactual;
 * {@code benefits(t) = sum over benefit streams received within the perspective of net(t)}.
 *
 * @since 0.1.0
 */
public final class Flows {

  private Flows() {
  }

  /**
   * Yearly costs of an option borne within a perspective, after optimism bias.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param bias the optimism-bias uplift (not applied to the counterfactual)
   * @return the yearly totals, year 0 first
   */
  public static List<Cost> costs(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      OptimismBias bias) {
    Args.notNull(bias, "bias");
    boolean uplift = !option.name().equals(appraisal.counterfactual());
    List<Cost> total = zeros(appraisal);
    for (CostStream s : option.costs()) {
      if (perspective.includes(s.bearer())) {
        for (int t = 0; t < total.size(); t++) {
          Cost c = s.amounts().get(t);
          total.set(t, total.get(t).plus(uplift ? bias.apply(c) : c));
        }
      }
    }
    return total;
  }

  /**
   * Yearly net benefits of an option received within a perspective.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param cashableOnly true to count cashable benefits only
   * @return the yearly totals, year 0 first
   */
  public static List<Cost> benefits(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      boolean cashableOnly) {
    return benefits(appraisal, option, s -> perspective.includes(s.recipient()) && (s.cashable() || !cashableOnly));
  }

  /**
   * Yearly net benefits of the streams of an option that pass a filter.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param filter which streams to count
   * @return the yearly totals, year 0 first
   */
  public static List<Cost> benefits(Appraisal appraisal, AppraisalOption option, Predicate<BenefitStream> filter) {
    List<Cost> total = zeros(appraisal);
    for (BenefitStream s : option.benefits()) {
      if (filter.test(s)) {
        List<Cost> net = s.netAmounts();
        for (int t = 0; t < total.size(); t++) {
          total.set(t, total.get(t).plus(net.get(t)));
        }
      }
    }
    return total;
  }

  /**
   * Yearly costs of an option minus those of the counterfactual, within a perspective:
   * {@code costs(option, t) - costs(counterfactual, t)}.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param bias the optimism-bias uplift (not applied to the counterfactual)
   * @return the yearly differences
   */
  public static List<Cost> incrementalCosts(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      OptimismBias bias) {
    return minus(costs(appraisal, option, perspective, bias),
        costs(appraisal, appraisal.counterfactualOption(), perspective, bias));
  }

  /**
   * Yearly benefits of an option minus those of the counterfactual, within a perspective:
   * {@code benefits(option, t) - benefits(counterfactual, t)}.
   *
   * @param appraisal the appraisal
   * @param option the option
   * @param perspective the perspective
   * @param cashableOnly true to count cashable benefits only
   * @return the yearly differences
   */
  public static List<Cost> incrementalBenefits(Appraisal appraisal, AppraisalOption option, Perspective perspective,
      boolean cashableOnly) {
    return minus(benefits(appraisal, option, perspective, cashableOnly),
        benefits(appraisal, appraisal.counterfactualOption(), perspective, cashableOnly));
  }

  /**
   * Year-by-year difference {@code a(t) - b(t)}.
   *
   * @param a the first series
   * @param b the second series, same length
   * @return the differences
   */
  public static List<Cost> minus(List<Cost> a, List<Cost> b) {
    Args.check(a.size() == b.size(), "b", "have as many years as a (" + a.size() + ")", b.size());
    PriceBases.requireOne("subtract", a);
    PriceBases.requireOne("subtract", b);
    List<Cost> out = new ArrayList<>(a.size());
    for (int t = 0; t < a.size(); t++) {
      out.add(a.get(t).minus(b.get(t)));
    }
    return out;
  }

  private static List<Cost> zeros(Appraisal appraisal) {
    List<Cost> out = new ArrayList<>(appraisal.horizonYears());
    for (int t = 0; t < appraisal.horizonYears(); t++) {
      out.add(Cost.zero(appraisal.priceBase()));
    }
    return out;
  }

  /**
   * The sources of a result computed from an appraisal's flows: the appraisal's own (unit costs,
   * values, price index), then the discount schedule and the optimism-bias uplift.
   *
   * @param appraisal the appraisal
   * @param schedule the discount schedule applied
   * @param bias the optimism-bias uplift applied
   * @return the sources, in that order
   */
  public static List<SourceReference> sources(Appraisal appraisal, DiscountSchedule schedule, OptimismBias bias) {
    Args.notNull(appraisal, "appraisal");
    List<SourceReference> out = new ArrayList<>(SourceReference.of(appraisal));
    out.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, schedule.describe()));
    out.add(new SourceReference(SourceReference.Kind.OPTIMISM_BIAS, bias.describe()));
    return out;
  }
}
