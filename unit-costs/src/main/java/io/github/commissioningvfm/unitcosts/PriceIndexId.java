package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;

/**
 * The identity of one edition of a price index, e.g. ({@code "nhscii-pay-and-prices"},
 * {@code "2024"}); with a year it identifies one published value.
 *
 * @param index the index id
 * @param edition the edition
 * @since 0.1.0
 */
public record PriceIndexId(String index, String edition) {

  /**
   * Creates the id.
   *
   * @param index the index id
   * @param edition the edition
   */
  public PriceIndexId {
    Args.notBlank(index, "index");
    Args.notBlank(edition, "edition");
  }

  /**
   * The form {@code "nhscii-pay-and-prices 2024"}.
   *
   * @return the text form
   */
  /**
   * Equal when index and edition are equal. Written out rather than generated: the generated
   * record methods are linked through {@code invokedynamic} on first use, which costs tens of
   * milliseconds when the first catalogue is built in a fresh JVM.
   *
   * @param o the other object
   * @return whether o is the same index edition
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PriceIndexId other && index.equals(other.index) && edition.equals(other.edition);
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return {@code 31 * index.hashCode() + edition.hashCode()}
   */
  @Override
  public int hashCode() {
    return 31 * index.hashCode() + edition.hashCode();
  }

  @Override
  public String toString() {
    return index + " " + edition;
  }
}
