package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small appraisals shared by the tests. */
public final class Fixtures {

  public static final FinancialYear BASE = FinancialYear.parse("2024/25");

  private Fixtures() {
  }

  public static Cost gbp(String amount) {
    return Cost.of(amount, "2024/25");
  }

  public static List<Cost> yearly(String... amounts) {
    List<Cost> out = new ArrayList<>();
    for (String a : amounts) {
      out.add(gbp(a));
    }
    return out;
  }

  public static List<BigDecimal> quantities(String... values) {
    List<BigDecimal> out = new ArrayList<>();
    for (String v : values) {
      out.add(new BigDecimal(v));
    }
    return out;
  }

  public static SourcedCost aeUnitCost() {
    return new SourcedCost(gbp("250"), Provenance.of("NHS National Cost Collection", "2023/24", "VB08Z", "test row"));
  }

  /**
   * A three-year appraisal: the service costs 100 a year to the commissioner; it avoids 1 A&amp;E
   * attendance a year valued at 250 (NHS, cashable) and gives 50 a year of wellbeing value to
   * society (not cashable). Status quo costs nothing and yields nothing.
   */
  public static Appraisal threeYear() {
    AppraisalOption service = AppraisalOption.builder("service")
        .cost(new CostStream("staff", Perspective.COMMISSIONER, yearly("100", "100", "100")))
        .benefit(BenefitStream.of("A&E avoided", Perspective.NHS, true,
            BenefitValuation.avoidedUse(quantities("1", "1", "1"), aeUnitCost())))
        .benefit(BenefitStream.of("wellbeing", Perspective.SOCIETY, false,
            BenefitValuation.direct(yearly("50", "50", "50"), "test wellbeing value")))
        .build();
    AppraisalOption statusQuo = AppraisalOption.builder("status quo")
        .cost(new CostStream("none", Perspective.COMMISSIONER, yearly("0", "0", "0"))).build();
    return Appraisal.builder("three-year test").priceBase(BASE).horizon(BASE, 3)
        .option(service).counterfactual(statusQuo).build();
  }

  /** A one-year appraisal with a given cost and a direct benefit. */
  public static Appraisal oneYear(String cost, String benefit) {
    AppraisalOption option = AppraisalOption.builder("option")
        .cost(new CostStream("cost", Perspective.COMMISSIONER, yearly(cost)))
        .benefit(BenefitStream.of("benefit", Perspective.NHS, true,
            BenefitValuation.direct(yearly(benefit), "test benefit")))
        .build();
    AppraisalOption none = new AppraisalOption("none", List.of(), List.of(), List.of());
    return Appraisal.builder("one-year test").priceBase(BASE).horizon(BASE, 1).option(option)
        .counterfactual(none).build();
  }

  /** A flat stream of {@code years} copies. */
  public static List<Cost> flat(String amount, int years) {
    return new ArrayList<>(Collections.nCopies(years, gbp(amount)));
  }

  /**
   * A two-year appraisal with an effect stream on both options (for cost-effectiveness).
   *
   * @return the appraisal
   */
  public static Appraisal withEffects() {
    return Appraisal.builder("cea").priceBase(BASE).horizon(BASE, 2)
        .option(AppraisalOption.builder("service")
            .cost(new CostStream("c", Perspective.COMMISSIONER, yearly("100", "100")))
            .effect(new EffectStream("reliable improvement", quantities("4", "4"))).build())
        .counterfactual(AppraisalOption.builder("status quo")
            .cost(new CostStream("c", Perspective.COMMISSIONER, yearly("20", "20")))
            .effect(new EffectStream("reliable improvement", quantities("1", "1"))).build())
        .build();
  }
}
