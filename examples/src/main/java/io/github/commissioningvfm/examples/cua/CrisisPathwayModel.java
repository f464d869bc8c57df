package io.github.commissioningvfm.examples.cua;

import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.cua.ProbabilisticCohortModel;
import io.github.commissioningvfm.vfm.markov.CountingConvention;
import io.github.commissioningvfm.vfm.markov.LifeTable;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovStrategy;
import io.github.commissioningvfm.vfm.markov.Rates;
import io.github.commissioningvfm.vfm.markov.StateValues;
import io.github.commissioningvfm.vfm.markov.TransitionMatrix;
import io.github.commissioningvfm.vfm.markov.TransitionModel;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.joint.Dirichlet;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A cohort model of adults known to a community mental health team, in quarterly cycles over five
 * years: Stable, Unwell, Crisis, Dead. Three pathways: usual care (crises go to A&amp;E), a VCSE
 * safe haven (an out-of-hours alternative place of safety that prevents some crises and diverts
 * half of the A&amp;E attendances), and the safe haven with crisis home treatment.
 *
 * <p><b>Every input is illustrative</b> (chosen to be plausible, not taken from a study), except the
 * unit costs of an A&amp;E attendance and a community mental health team contact, which come from
 * the bundled National Cost Collection 2024/25 table with their provenance. The background mortality
 * table is illustrative too: no life table ships with the library.
 */
public final class CrisisPathwayModel implements ProbabilisticCohortModel {

  /** Usual care. */
  public static final String USUAL = "usual care";
  /** The VCSE safe haven. */
  public static final String HAVEN = "safe haven";
  /** The safe haven with crisis home treatment. */
  public static final String HOME = "safe haven + home treatment";
  /** State names. */
  public static final List<String> STATES = List.of("Stable", "Unwell", "Crisis", "Dead");
  /** Quarterly cycles. */
  public static final double CYCLE_YEARS = 0.25;
  /** Five years of quarters. */
  public static final int CYCLES = 20;
  /** Starting age. */
  public static final double START_AGE = 35;

  /** Unit-cost key of an A&amp;E attendance (NCC 2024/25). */
  public static final String AE_KEY = "ncc.emergency-care.weighted-all";
  /** Unit-cost key of a community mental health team contact (NCC 2024/25). */
  public static final String CMHT_KEY = "ncc.mh-care-contact.a06-community-mental-health-functional";

  /** Illustrative background mortality (yearly probability of death by age), not a published table. */
  public static final LifeTable ILLUSTRATIVE_LIFE_TABLE = new LifeTable("illustrative figures, not a published table",
      List.of(new LifeTable.Row(30, 0.0008), new LifeTable.Row(40, 0.0015), new LifeTable.Row(50, 0.0035),
          new LifeTable.Row(60, 0.008)));

  /**
   * One input: its base value, range for the tornado (empty range for the joint crisis row) and
   * distribution.
   *
   * @param name the name
   * @param base the base value
   * @param low the low value
   * @param high the high value
   * @param distribution the distribution's description
   */
  public record Input(String name, double base, double low, double high, String distribution) {
  }

  private static final Dirichlet CRISIS_ROW = Dirichlet.ofCounts(20, 60, 20);
  private static final Distribution[] SCALARS = {
      Distribution.Beta.ofMeanStandardError(0.10, 0.02), Distribution.Beta.ofMeanStandardError(0.25, 0.04),
      Distribution.Beta.ofMeanStandardError(0.15, 0.03), null, null, null,
      new Distribution.LogNormal(Math.log(0.75), 0.15), new Distribution.LogNormal(Math.log(0.8), 0.15),
      Distribution.Gamma.ofMeanStandardError(60, 10), Distribution.Gamma.ofMeanStandardError(400, 60),
      Distribution.Gamma.ofMeanStandardError(3000, 450), Distribution.Gamma.ofMeanStandardError(100, 20),
      Distribution.Gamma.ofMeanStandardError(2500, 400), Distribution.Beta.ofMeanStandardError(0.78, 0.03),
      Distribution.Beta.ofMeanStandardError(0.60, 0.04), Distribution.Beta.ofMeanStandardError(0.40, 0.05)};

  /** The inputs, in the order of the value arrays. */
  public static final List<Input> INPUTS = List.of(
      new Input("pStableUnwell", 0.10, 0.06, 0.14, "Beta, mean 0.10, SE 0.02"),
      new Input("pUnwellStable", 0.25, 0.17, 0.33, "Beta, mean 0.25, SE 0.04"),
      new Input("pUnwellCrisis", 0.15, 0.09, 0.21, "Beta, mean 0.15, SE 0.03"),
      new Input("pCrisisStable", 0.2, 0.2, 0.2, "Dirichlet(20, 60, 20) over the crisis row"),
      new Input("pCrisisUnwell", 0.6, 0.6, 0.6, "Dirichlet(20, 60, 20) over the crisis row"),
      new Input("pCrisisCrisis", 0.2, 0.2, 0.2, "Dirichlet(20, 60, 20) over the crisis row"),
      new Input("rrHaven", 0.75, 0.55, 1.0, "log-normal, median 0.75, log-scale SD 0.15"),
      new Input("rrHome", 0.8, 0.6, 1.0, "log-normal, median 0.8, log-scale SD 0.15"),
      new Input("cStable", 60, 40, 80, "Gamma, mean 60, SE 10"),
      new Input("cUnwell", 400, 280, 520, "Gamma, mean 400, SE 60"),
      new Input("cCrisis", 3000, 2100, 3900, "Gamma, mean 3000, SE 450"),
      new Input("cHaven", 100, 60, 140, "Gamma, mean 100, SE 20"),
      new Input("cHome", 2500, 1700, 3300, "Gamma, mean 2500, SE 400"),
      new Input("uStable", 0.78, 0.72, 0.84, "Beta, mean 0.78, SE 0.03"),
      new Input("uUnwell", 0.60, 0.52, 0.68, "Beta, mean 0.60, SE 0.04"),
      new Input("uCrisis", 0.40, 0.30, 0.50, "Beta, mean 0.40, SE 0.05"));

  private final double aeCost;
  private final double cmhtCost;

  /** Creates the model with the bundled NCC 2024/25 unit costs. */
  public CrisisPathwayModel() {
    UnitCosts costs = UnitCosts.standard();
    this.aeCost = costs.get(AE_KEY).sourcedCost().cost().amount().toDouble();
    this.cmhtCost = costs.get(CMHT_KEY).sourcedCost().cost().amount().toDouble();
  }

  /**
   * The one-off cost of entering a crisis under usual care: an A&amp;E attendance and a community
   * mental health team contact (NCC 2024/25).
   *
   * @return the cost in pounds
   */
  public double crisisEntryCost() {
    return aeCost + cmhtCost;
  }

  @Override
  public List<String> inputs() {
    return INPUTS.stream().map(Input::name).toList();
  }

  @Override
  public double[] baseCase() {
    return INPUTS.stream().mapToDouble(Input::base).toArray();
  }

  @Override
  public void sample(RandomGenerator rng, double[] v) {
    for (int i = 0; i < SCALARS.length; i++) {
      if (SCALARS[i] != null) {
        v[i] = SCALARS[i].sample(rng);
      }
    }
    double[] row = new double[3];
    CRISIS_ROW.sample(rng, row);
    System.arraycopy(row, 0, v, 3, 3);
  }

  @Override
  public MarkovModel model(double[] v) {
    double rrHaven = v[6];
    double rrBoth = v[6] * v[7];
    MarkovModel.Builder b = MarkovModel.builder().states(STATES.toArray(String[]::new)).dead("Dead")
        .initial(0, 1, 0, 0).cycles(CYCLES).cycleLengthYears(CYCLE_YEARS).counting(CountingConvention.HALF_CYCLE);
    StateValues utilities = StateValues.constant(v[13], v[14], v[15], 0);
    double entryUsual = aeCost + cmhtCost;
    double entryHaven = 0.5 * aeCost + cmhtCost;
    b.strategy(MarkovStrategy.of(USUAL, transitions(v, 1), StateValues.constant(v[8], v[9], v[10], 0), utilities)
        .withEntryCost("Crisis", entryUsual));
    b.strategy(MarkovStrategy.of(HAVEN, transitions(v, rrHaven),
        StateValues.constant(v[8], v[9] + v[11], v[10], 0), utilities).withEntryCost("Crisis", entryHaven));
    b.strategy(MarkovStrategy.of(HOME, transitions(v, rrBoth),
        StateValues.constant(v[8], v[9] + v[11], 0.8 * v[10] + v[12], 0), utilities)
        .withEntryCost("Crisis", entryHaven));
    return b.build();
  }

  private static TransitionModel transitions(double[] v, double crisisRateRatio) {
    TransitionMatrix p = TransitionMatrix.builder(STATES)
        .set("Stable", "Unwell", v[0]).complement("Stable", "Stable")
        .set("Unwell", "Stable", v[1]).set("Unwell", "Crisis", Rates.withRateRatio(v[2], crisisRateRatio))
        .complement("Unwell", "Unwell")
        .set("Crisis", "Stable", v[3]).set("Crisis", "Unwell", v[4]).complement("Crisis", "Crisis")
        .set("Dead", "Dead", 1).build();
    return TransitionModel.constant(p).withBackgroundMortality(ILLUSTRATIVE_LIFE_TABLE, START_AGE, CYCLE_YEARS, 3);
  }
}
