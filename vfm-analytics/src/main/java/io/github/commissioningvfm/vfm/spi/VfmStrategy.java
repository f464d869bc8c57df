package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import java.util.List;
import java.util.Optional;

/**
 * A value-for-money method. Implementations must be immutable and thread-safe, and have a public
 * no-argument constructor if they are to be discovered with {@link java.util.ServiceLoader}.
 *
 * <p>A strategy declares its headline {@link #metrics()}; uncertainty analysis (one-way, tornado,
 * switching values, scenarios, PSA) runs on any of them. A strategy that also implements
 * {@link FastHeadlines} gets a faster Monte Carlo; one that declares a {@link #netBenefit()} gets an
 * acceptability curve and EVPI.
 *
 * @param <R> the strategy's own result type, returned without a cast
 * @since 0.1.0
 */
public interface VfmStrategy<R extends VfmResult> {

  /**
   * The strategy's id, unique within an engine, e.g. {@code "cba"}.
   *
   * @return the id
   */
  String id();

  /**
   * A one-line description of the method.
   *
   * @return the description
   */
  String description();

  /**
   * The class of the strategy's results.
   *
   * @return the result type
   */
  Class<R> resultType();

  /**
   * The headline metrics every result of this strategy reports for each option other than the
   * counterfactual, in {@link VfmResult#headlines()}.
   *
   * @return the metrics, ids distinct
   */
  List<Metric<?>> metrics();

  /**
   * The metric with an id.
   *
   * @param id the id
   * @return the metric
   * @throws IllegalArgumentException listing the metrics if there is none of that id
   */
  default Metric<?> metric(String id) {
    return metrics().stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Strategy '" + id() + "' has no metric '" + id
            + "'; its metrics are " + metrics().stream().map(Metric::id).toList()));
  }

  /**
   * The net benefit used for acceptability curves and EVPI, if the method has one.
   *
   * @return the basis, or empty
   */
  default Optional<NetBenefitBasis> netBenefit() {
    return Optional.empty();
  }

  /**
   * Evaluates an appraisal.
   *
   * @param appraisal the appraisal
   * @return the result
   * @throws RuntimeException with a clear message if the appraisal does not suit the method
   */
  R evaluate(Appraisal appraisal);

  /**
   * The sources that {@link #evaluate(Appraisal) evaluate(appraisal)}{@code .sources()} would cite.
   * The default evaluates the appraisal; a strategy whose sources follow from the appraisal and its
   * own settings alone can give them without computing its figures. A PSA asks for them once per
   * strategy, at the base values.
   *
   * @param appraisal the appraisal
   * @return the sources, as the result would list them
   * @throws RuntimeException as {@link #evaluate(Appraisal)} does
   */
  default List<SourceReference> sources(Appraisal appraisal) {
    return evaluate(appraisal).sources();
  }
}
