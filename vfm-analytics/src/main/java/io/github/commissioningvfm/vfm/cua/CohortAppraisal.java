package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.EffectStream;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import io.github.commissioningvfm.vfm.markov.StrategyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A cohort model's run as an {@link Appraisal}, so that the value-for-money strategies and their
 * uncertainty analysis can take it: each model strategy becomes an option with one cost stream
 * (borne by the given perspective) and one effect stream of QALYs (measure {@link #QALY}), per
 * person, undiscounted, by year.
 *
 * <p>Year {@code y} collects the rows {@code t} with {@code floor(tL) = y}: costs
 * {@code sum_t w(t) c(t) + e(t)} (occupancy costs weighted by the counting convention, one-off entry
 * costs as they fall) and QALYs {@code sum_t w(t) q(t)}. With annual cycles, discounting year
 * {@code y} at {@code D(y)} gives exactly the model's own discounted totals; with shorter cycles the
 * appraisal discounts each year's values at the year's start, a small approximation.
 *
 * @since 0.1.0
 */
public final class CohortAppraisal {

  /** The effect measure's name. */
  public static final String QALY = "QALY";

  private CohortAppraisal() {
  }

  /**
   * Runs the model and converts its result.
   *
   * @param model the model
   * @param name the appraisal's name
   * @param priceBase the price base of the model's costs
   * @param bearer who bears the costs
   * @param counterfactual the model strategy that is the counterfactual
   * @return the appraisal, starting in the price-base year
   */
  public static Appraisal of(MarkovModel model, String name, FinancialYear priceBase, Perspective bearer,
      String counterfactual) {
    Args.notNull(model, "model");
    Args.notBlank(name, "name");
    Args.notNull(priceBase, "priceBase");
    Args.notNull(bearer, "bearer");
    Args.notBlank(counterfactual, "counterfactual");
    MarkovResult r = model.run();
    double[] w = model.counting().weights(model.cycles());
    double length = model.cycleLengthYears();
    int years = (int) Math.floor(model.cycles() * length + 1e-9) + 1;
    double cohort = 0;
    for (double v : model.initial()) {
      cohort += v;
    }
    List<AppraisalOption> options = new ArrayList<>();
    for (StrategyResult s : r.strategies()) {
      double[] cost = new double[years];
      double[] qaly = new double[years];
      double[] c = s.costs();
      double[] e = s.entryCosts();
      double[] q = s.qalys();
      for (int t = 0; t <= model.cycles(); t++) {
        // t <= cycles, so y <= years - 1
        int y = (int) Math.floor(t * length + 1e-9);
        cost[y] += (w[t] * c[t] + e[t]) / cohort;
        qaly[y] += w[t] * q[t] / cohort;
      }
      List<Cost> amounts = new ArrayList<>();
      List<BigDecimal> quantities = new ArrayList<>();
      for (int y = 0; y < years; y++) {
        amounts.add(new Cost(BigMoney.of(cost[y]), priceBase));
        quantities.add(BigDecimal.valueOf(qaly[y]));
      }
      options.add(AppraisalOption.builder(s.strategy()).cost(new CostStream("cohort model costs", bearer, amounts))
          .effect(new EffectStream(QALY, quantities)).build());
    }
    Appraisal.Builder b = Appraisal.builder(name).priceBase(priceBase).horizon(priceBase, years)
        .assumption("Costs and QALYs per person from a cohort model: " + model);
    options.forEach(b::option);
    return b.counterfactual(counterfactual).build();
  }
}
