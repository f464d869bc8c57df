package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How bids are scored: the quality share of the total (the rest is price), the quality criteria
 * with weights summing to exactly 100%, and the top of the scoring scale.
 *
 * @param qualityShare the share of the total given to quality, e.g. 70%
 * @param criteria the quality criteria, distinct ids, weights summing to 100%
 * @param maxScore the top of the scale each criterion is scored on, e.g. 4 for 0..4
 * @since 0.1.0
 */
public record EvaluationScheme(Proportion qualityShare, List<EvaluationCriterion> criteria, int maxScore) {

  /**
   * Creates a scheme.
   *
   * @param qualityShare the quality share
   * @param criteria the criteria
   * @param maxScore the top score
   */
  public EvaluationScheme {
    Args.notNull(qualityShare, "qualityShare");
    criteria = List.copyOf(Args.notEmpty(criteria, "criteria"));
    Set<String> ids = new HashSet<>();
    criteria.forEach(c -> Args.check(ids.add(c.id()), "criteria", "have distinct ids, duplicate", "'" + c.id() + "'"));
    Percentage sum = new Percentage(criteria.stream().map(c -> c.weight().fraction())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    Args.check(sum.fraction().compareTo(BigDecimal.ONE) == 0, "criteria", "have weights summing to 100%, they sum to",
        sum);
    Args.positive(maxScore, "maxScore");
  }
}
