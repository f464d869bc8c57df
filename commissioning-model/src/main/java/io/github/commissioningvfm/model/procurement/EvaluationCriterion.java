package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Proportion;
import java.util.Optional;

/**
 * A quality criterion of a bid evaluation.
 *
 * @param id a short id, used to key bids' scores
 * @param description what is assessed
 * @param weight its weight within the quality part; the weights of a scheme sum to 100%
 * @param keyCriterion the PSR key criterion it assesses, if any
 * @since 0.1.0
 */
public record EvaluationCriterion(String id, String description, Proportion weight,
    Optional<KeyCriterion> keyCriterion) {

  /**
   * Creates a criterion.
   *
   * @param id a short id
   * @param description what is assessed
   * @param weight its weight within the quality part
   * @param keyCriterion the PSR key criterion, if any
   */
  public EvaluationCriterion {
    Args.notBlank(id, "id");
    Args.notBlank(description, "description");
    Args.notNull(weight, "weight");
    Args.notNull(keyCriterion, "keyCriterion");
  }
}
