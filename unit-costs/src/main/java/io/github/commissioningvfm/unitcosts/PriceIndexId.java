package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;

/**
 * The identity of one edition of a price index, e.g. ({@code "nhscii-pay-and-prices"},
 * {@code "2024"}); with a year it identifies one published value.
 *
 * @param index the index id
 * @param edition the edition
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
  @Override
  public String toString() {
    return index + " " + edition;
  }
}
