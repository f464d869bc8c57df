package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;

/**
 * An agreed band of annual volume, {@code [collar, cap]}, inside which a block is not adjusted.
 *
 * @param collar the lowest volume paid without deduction; not negative
 * @param cap the highest volume paid without addition; at least the collar
 * @since 0.1.0
 */
public record VolumeBand(long collar, long cap) {

  /**
   * Creates a band.
   *
   * @param collar the lower edge; not negative
   * @param cap the upper edge; at least the collar
   */
  public VolumeBand {
    Args.notNegative(collar, "collar");
    Args.check(cap >= collar, "cap", "not be below the collar (" + collar + ")", cap);
  }

  /**
   * Whether a volume lies inside the band (edges included).
   *
   * @param volume the volume
   * @return true if {@code collar <= volume <= cap}
   */
  public boolean contains(long volume) {
    return volume >= collar && volume <= cap;
  }
}
