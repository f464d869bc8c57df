package io.github.commissioningvfm.benchmarks.engine;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.uncertainty.ArrayAppraisalModel;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The appraisal measured by the PSA benchmark and by the PSA peer comparison: a ten-year
 * appraisal of three options (status quo and two ways of funding a crisis service) with twenty
 * uncertain inputs: four unit costs, for each funded option a staff cost, four avoided volumes
 * and a deadweight share, and a drop-off, a wellbeing value, an optimism-style cost overrun and
 * the status quo's cost.
 *
 * <p>For a funded option {@code p} in year {@code t = 0..9}: cost {@code staff_p x overrun};
 * benefits {@code (1 - deadweight_p) (1 - dropOff)^t (sum_s volume_p,s x unit_s + wellbeing x volume_p,GP)}.
 * The status quo costs {@code statusQuoCost} a year and has no benefits.
 *
 * <p>{@link #model} builds the exact {@code Appraisal} (what any {@code AppraisalModel} does);
 * {@link #ARRAYS} is the same model that can also write its flows straight into arrays
 * ({@code ArrayAppraisalModel}), so that a PSA of strategies with a fast path builds no appraisal per
 * iteration.
 */
public final class CrisisServicePsa {

  /** The price base and first year. */
  public static final FinancialYear BASE = FinancialYear.parse("2024/25");
  /** Years of the horizon. */
  public static final int YEARS = 10;
  /** The services whose use is avoided. */
  static final String[] SERVICES = {"A&E", "ambulance", "AMHT", "GP"};

  private static final Provenance[] UNIT_SOURCES = new Provenance[SERVICES.length];
  private static final String[] UNIT_INPUTS = new String[SERVICES.length];
  private static final String[] STREAMS = new String[SERVICES.length];

  static {
    for (int i = 0; i < SERVICES.length; i++) {
      UNIT_SOURCES[i] = Provenance.of("benchmark", "n/a", SERVICES[i], "");
      UNIT_INPUTS[i] = "unit " + SERVICES[i];
      STREAMS[i] = SERVICES[i] + " avoided";
    }
  }

  /** The model with its array form. */
  public static final ArrayAppraisalModel ARRAYS = new ArrayAppraisalModel() {
    @Override
    public Appraisal build(InputValues inputs) {
      return model(inputs);
    }

    @Override
    public Writer arrayWriter(List<String> names) {
      int[][] volume = new int[2][SERVICES.length];
      int[] unit = new int[SERVICES.length];
      int[] staff = new int[2];
      int[] deadweight = new int[2];
      String[] prefixes = {"cafe ", "line "};
      for (int p = 0; p < 2; p++) {
        staff[p] = index(names, prefixes[p] + "staff");
        deadweight[p] = index(names, prefixes[p] + "deadweight");
        for (int i = 0; i < SERVICES.length; i++) {
          volume[p][i] = index(names, prefixes[p] + "volume " + SERVICES[i]);
        }
      }
      for (int i = 0; i < SERVICES.length; i++) {
        unit[i] = index(names, UNIT_INPUTS[i]);
      }
      int dropOff = index(names, "dropOff");
      int wellbeing = index(names, "wellbeing");
      int overrun = index(names, "overrun");
      int statusQuo = index(names, "status quo cost");
      int gp = SERVICES.length - 1;
      return (x, flows) -> {
        double keep = 1 - x[dropOff];
        for (int p = 0; p < 2; p++) {
          double avoided = 0;
          for (int i = 0; i < SERVICES.length; i++) {
            avoided += x[volume[p][i]] * x[unit[i]];
          }
          double wellbeingValue = x[wellbeing] * x[volume[p][gp]];
          double cost = x[staff[p]] * x[overrun];
          double factor = 1 - x[deadweight[p]];
          for (int t = 0; t < YEARS; t++) {
            flows.addCost(p + 1, Perspective.COMMISSIONER, t, cost);
            flows.addBenefit(p + 1, Perspective.NHS, true, t, avoided * factor);
            flows.addBenefit(p + 1, Perspective.SOCIETY, false, t, wellbeingValue * factor);
            factor *= keep;
          }
        }
        for (int t = 0; t < YEARS; t++) {
          flows.addCost(0, Perspective.COMMISSIONER, t, x[statusQuo]);
        }
      };
    }
  };

  private CrisisServicePsa() {
  }

  private static int index(List<String> names, String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("The crisis-service model needs input '" + name + "'; inputs are " + names);
    }
    return i;
  }

  private static Cost pounds(double amount) {
    return new Cost(BigMoney.of(amount), BASE);
  }

  private static AppraisalOption funded(String name, String prefix, InputValues in) {
    AppraisalOption.Builder b = AppraisalOption.builder(name).cost(new CostStream("staff", Perspective.COMMISSIONER,
        Collections.nCopies(YEARS, pounds(in.get(prefix + "staff") * in.get("overrun")))));
    ImpactAdjustments adj = new ImpactAdjustments(Proportion.of(in.get(prefix + "deadweight")), Proportion.NONE,
        Proportion.NONE, Proportion.of(in.get("dropOff")));
    for (int i = 0; i < SERVICES.length; i++) {
      SourcedCost unit = new SourcedCost(pounds(in.get(UNIT_INPUTS[i])), UNIT_SOURCES[i]);
      b.benefit(new BenefitStream(STREAMS[i], Perspective.NHS, true, BenefitValuation.avoidedUse(
          Collections.nCopies(YEARS, in.decimal(prefix + "volume " + SERVICES[i])), unit), adj));
    }
    b.benefit(new BenefitStream("wellbeing", Perspective.SOCIETY, false, BenefitValuation.direct(
        Collections.nCopies(YEARS, pounds(in.get("wellbeing") * in.get(prefix + "volume GP"))), "benchmark"), adj));
    return b.build();
  }

  /**
   * Builds the appraisal for one set of input values.
   *
   * @param in the input values
   * @return the appraisal
   */
  public static Appraisal model(InputValues in) {
    AppraisalOption statusQuo = AppraisalOption.builder("status quo").cost(new CostStream("existing",
        Perspective.COMMISSIONER, Collections.nCopies(YEARS, pounds(in.get("status quo cost"))))).build();
    return Appraisal.builder("benchmark").priceBase(BASE).horizon(BASE, YEARS)
        .option(funded("crisis cafe", "cafe ", in)).option(funded("phone line", "line ", in))
        .counterfactual(statusQuo).build();
  }

  /**
   * The twenty uncertain inputs, in declaration order.
   *
   * @return the inputs
   */
  public static List<UncertainInput> inputs() {
    List<UncertainInput> out = new ArrayList<>();
    double[] units = {300, 450, 550, 45};
    for (int i = 0; i < SERVICES.length; i++) {
      out.add(UncertainInput.of("unit " + SERVICES[i], units[i], units[i] * 0.7, units[i] * 1.3,
          Distribution.LogNormal.ofMeanSd(units[i], units[i] * 0.1)));
    }
    for (String p : List.of("cafe ", "line ")) {
      out.add(UncertainInput.of(p + "staff", 150_000, 120_000, 200_000, Distribution.Gamma.ofMeanSd(150_000, 15_000)));
      for (String s : SERVICES) {
        out.add(UncertainInput.of(p + "volume " + s, 100, 50, 150, Distribution.Gamma.ofMeanSd(100, 20)));
      }
      out.add(UncertainInput.of(p + "deadweight", 0.2, 0.1, 0.4, Distribution.Beta.ofMeanSd(0.2, 0.05)));
    }
    out.add(UncertainInput.of("dropOff", 0.1, 0, 0.3, new Distribution.Pert(0, 0.1, 0.3)));
    out.add(UncertainInput.of("wellbeing", 200, 100, 300, new Distribution.Triangular(100, 200, 300)));
    out.add(UncertainInput.of("overrun", 1.1, 1.0, 1.3, new Distribution.Uniform(1.0, 1.3)));
    out.add(UncertainInput.of("status quo cost", 20_000, 15_000, 25_000, new Distribution.Normal(20_000, 2_000)));
    return List.copyOf(out);
  }
}
