package io.github.commissioningvfm.unitcosts.spi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import java.util.List;

/**
 * What a provider supplies: table editions and price-index editions.
 *
 * @param tables the unit-cost table editions
 * @param indices the price-index editions
 * @since 0.1.0
 */
public record ProvidedData(List<UnitCostTable> tables, List<PriceIndexSeries> indices) {

  /**
   * Creates the data.
   *
   * @param tables the table editions
   * @param indices the index editions
   */
  public ProvidedData {
    tables = List.copyOf(Args.noNullElements(tables, "tables"));
    indices = List.copyOf(Args.noNullElements(indices, "indices"));
  }
}
