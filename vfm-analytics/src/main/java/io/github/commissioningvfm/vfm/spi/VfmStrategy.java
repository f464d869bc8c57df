package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;

/**
 * A value-for-money method. Implementations must be immutable and thread-safe, and have a public
 * no-argument constructor if they are to be discovered with {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
public interface VfmStrategy {

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
   * Evaluates an appraisal.
   *
   * @param appraisal the appraisal
   * @return the result
   * @throws RuntimeException with a clear message if the appraisal does not suit the method
   */
  VfmResult evaluate(Appraisal appraisal);
}
