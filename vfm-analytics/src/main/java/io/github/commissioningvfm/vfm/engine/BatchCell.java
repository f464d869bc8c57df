package io.github.commissioningvfm.vfm.engine;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cell of a batch: an appraisal evaluated by a strategy, which either succeeded or failed.
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

    @Override
    public String toString() {
      return appraisalName + " [" + strategyId + "] succeeded";
    }
  }

  /**
   * A failed evaluation, with the exception's class name and message and its chain of causes.
   *
   * @param appraisalName the appraisal's name, or a placeholder if it had none
   * @param strategyId the strategy's id
   * @param errorType the exception's class name (binary name, so anonymous classes show as {@code Outer$1})
   * @param message the exception's message, or "(no message)"
   * @param causes each cause in turn as {@code class name: message}, outermost first
   */
  record Failure(String appraisalName, String strategyId, String errorType, String message, List<String> causes)
      implements BatchCell {
    /** Validates and copies. */
    public Failure {
      Args.notNull(appraisalName, "appraisalName");
      Args.notBlank(strategyId, "strategyId");
      Args.notBlank(errorType, "errorType");
      Args.notNull(message, "message");
      causes = List.copyOf(Args.noNullElements(causes, "causes"));
    }

    /**
     * The failure of an exception, keeping its class name and causes (at most 10 deep).
     *
     * @param appraisalName the appraisal's name
     * @param strategyId the strategy's id
     * @param error the exception
     * @return the failure cell
     */
    public static Failure of(String appraisalName, String strategyId, Throwable error) {
      Args.notNull(error, "error");
      List<String> causes = new ArrayList<>();
      Throwable c = error.getCause();
      while (c != null && c != error && causes.size() < 10) {
        causes.add(c.getClass().getName() + ": " + messageOf(c));
        c = c.getCause();
      }
      return new Failure(appraisalName, strategyId, error.getClass().getName(), messageOf(error), causes);
    }

    private static String messageOf(Throwable t) {
      return t.getMessage() == null || t.getMessage().isBlank() ? "(no message)" : t.getMessage();
    }

    @Override
    public String toString() {
      return appraisalName + " [" + strategyId + "] failed: " + errorType + ": " + message
          + (causes.isEmpty() ? "" : "; caused by " + String.join("; caused by ", causes));
    }

    @Override
    public Optional<VfmResult> result() {
      return Optional.empty();
    }
  }
}
