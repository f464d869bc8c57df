package io.github.commissioningvfm.vfm.spi;

import java.util.List;

/**
 * What every value-for-money result carries, whatever the method.
 *
 * @since 0.1.0
 */
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
   * The figures as neutral tables, for text, JSON and data-frame output.
   *
   * @return the tables
   */
  List<ResultTable> tables();
}
