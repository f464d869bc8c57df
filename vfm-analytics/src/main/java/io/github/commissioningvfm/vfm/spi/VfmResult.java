package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;
import java.util.Optional;

/** What every value-for-money result carries, whatever the method. */
public interface VfmResult {

  /**
   * The id of the strategy that produced the result.
   *
   * @return the strategy id
   */
  String strategyId();

  /**
   * The name of the appraisal evaluated.
   *
   * @return the appraisal name
   */
  String appraisalName();

  /**
   * The headline figures: each of the strategy's {@link VfmStrategy#metrics() metrics} for each option
   * other than the counterfactual.
   *
   * @return the headline figures, option by option
   */
  List<HeadlineFigure> headlines();

  /**
   * The figure of a metric for an option.
   *
   * @param option the option's name
   * @param metric the metric
   * @return the figure, possibly undefined
   * @throws IllegalArgumentException naming the options and metrics if there is none
   */
  default Figure figure(String option, Metric<?> metric) {
    Args.notNull(option, "option");
    Args.notNull(metric, "metric");
    return headlines().stream().filter(h -> h.option().equals(option) && h.metric().equals(metric.id()))
        .map(HeadlineFigure::figure).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No headline figure '" + metric.id() + "' for option '"
            + option + "' in the result of '" + strategyId() + "'; it has " + headlines().stream()
            .map(h -> h.option() + "/" + h.metric()).toList()));
  }

  /**
   * The figure of a metric for an option, if it is defined, typed by the metric.
   *
   * @param <F> the kind of figure
   * @param option the option's name
   * @param metric the metric
   * @return the figure, or empty if undefined
   */
  default <F extends Figure> Optional<F> defined(String option, Metric<F> metric) {
    Figure f = figure(option, metric);
    return metric.type().isInstance(f) ? Optional.of(metric.type().cast(f)) : Optional.empty();
  }

  /**
   * The sources of the inputs: unit costs (edition and key), values, discount schedule, price index.
   *
   * @return the sources, without duplicates
   */
  List<SourceReference> sources();

  /**
   * The assumptions used, the analyst's and the method's.
   *
   * @return the assumptions
   */
  List<String> assumptions();

  /**
   * The figures as typed tables, for text, JSON, data-frame and chart output.
   *
   * @return the tables
   */
  List<ResultTable> tables();
}
