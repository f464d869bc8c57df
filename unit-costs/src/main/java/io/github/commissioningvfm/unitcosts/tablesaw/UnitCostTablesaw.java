package io.github.commissioningvfm.unitcosts.tablesaw;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.CostCategory;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import java.math.BigDecimal;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Converts unit-cost tables and price-index series to Tablesaw tables for analysis and display;
 * {@code table.print()} gives a readable text grid. Tablesaw is an optional dependency: add
 * {@code tech.tablesaw:tablesaw-core} to use this class.
 *
 * <p>Values become {@code double} columns (for charts and statistics) next to a text column with
 * the exact published figure, so nothing is lost.
 *
 * @since 0.1.0
 */
public final class UnitCostTablesaw {

  private UnitCostTablesaw() {
  }

  /**
   * One row per unit cost, with the columns {@code key, description, unit, value, value_text,
   * price_base, source_location, category, confidence, notes}; the table's name is the edition's
   * label, e.g. {@code "ncc 2024/25"}.
   *
   * @param table the unit-cost table
   * @return the Tablesaw table
   */
  public static Table toTable(UnitCostTable table) {
    Args.notNull(table, "table");
    StringColumn key = StringColumn.create("key");
    StringColumn description = StringColumn.create("description");
    StringColumn unit = StringColumn.create("unit");
    DoubleColumn value = DoubleColumn.create("value");
    StringColumn valueText = StringColumn.create("value_text");
    StringColumn priceBase = StringColumn.create("price_base");
    StringColumn location = StringColumn.create("source_location");
    StringColumn category = StringColumn.create("category");
    StringColumn confidence = StringColumn.create("confidence");
    StringColumn notes = StringColumn.create("notes");
    for (UnitCost row : table.rows()) {
      key.append(row.key());
      description.append(row.description());
      unit.append(row.unit().label());
      value.append(row.value().amount().toDouble());
      valueText.append(row.value().amount().amount().toPlainString());
      priceBase.append(row.value().priceBase().toString());
      location.append(row.sourceLocation());
      category.append(row.category().map(CostCategory::label).orElse(""));
      confidence.append(row.confidence().orElse(""));
      notes.append(row.notes());
    }
    return Table.create(table.edition().label(), key, description, unit, value, valueText, priceBase, location,
        category, confidence, notes);
  }

  /**
   * One row per year of a price-index series, with the columns {@code year, published, level}
   * ({@code published} is empty for the base year a series of annual changes is chained from).
   *
   * @param series the series
   * @return the Tablesaw table, named like {@link PriceIndexSeries#describe()}
   */
  public static Table toTable(PriceIndexSeries series) {
    Args.notNull(series, "series");
    StringColumn year = StringColumn.create("year");
    StringColumn published = StringColumn.create("published");
    DoubleColumn level = DoubleColumn.create("level");
    Map<FinancialYear, BigDecimal> values = series.publishedValues();
    for (FinancialYear y = series.firstYear(); !y.isAfter(series.lastYear()); y = y.next()) {
      year.append(y.toString());
      BigDecimal v = values.get(y);
      published.append(v == null ? "" : v.toPlainString());
      level.append(series.level(y).doubleValue());
    }
    return Table.create(series.describe(), year, published, level);
  }
}
