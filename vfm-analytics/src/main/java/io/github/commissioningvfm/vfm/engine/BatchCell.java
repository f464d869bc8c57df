package io.github.commissioningvfm.vfm.engine;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.Optional;

/**
 * One cell of a batch: an appraisal evaluated by a strategy, which either succeeded or failed.
 *
 * @since 0.1.0
 */
public sealed interface BatchCell {

  /**
   * The appraisal's name.
   *
   * @return the name
   */
  String appraisalName();

  /**
   * The strategy's id.
   *
   * @return the id
   */
  String strategyId();

  /**
   * The result, if the evaluation succeeded.
   *
   * @return the result or empty
   */
  Optional<VfmResult> result();

  /**
   * A successful evaluation.
   *
   * @param appraisalName the appraisal's name
   * @param strategyId the strategy's id
   * @param value the result
   */
  record Success(String appraisalName, String strategyId, VfmResult value) implements BatchCell {
    /** Validates. */
    public Success {
      Args.notNull(appraisalName, "appraisalName");
      Args.notBlank(strategyId, "strategyId");
      Args.notNull(value, "value");
    }

    @Override
    public Optional<VfmResult> result() {
      return Optional.of(value);
    }
  }

  /**
   * A failed evaluation.
   *
   * @param appraisalName the appraisal's name, or a placeholder if it had none
   * @param strategyId the strategy's id
   * @param errorType the simple class name of the exception
   * @param message the exception's message
   */
  record Failure(String appraisalName, String strategyId, String errorType, String message) implements BatchCell {
    /** Validates. */
    public Failure {
      Args.notNull(appraisalName, "appraisalName");
      Args.notBlank(strategyId, "strategyId");
      Args.notBlank(errorType, "errorType");
      Args.notNull(message, "message");
    }

    @Override
    public Optional<VfmResult> result() {
      return Optional.empty();
    }
  }
}
