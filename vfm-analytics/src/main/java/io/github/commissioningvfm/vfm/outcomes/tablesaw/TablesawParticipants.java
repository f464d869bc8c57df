package io.github.commissioningvfm.vfm.outcomes.tablesaw;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads participant records from a Tablesaw {@link Table}. Every declared cell is taken as text
 * ({@code Column.getString}) and classified exactly as a CSV cell would be, so debris in a
 * string column is caught and a missing value in a numeric column counts as blank. Row {@code i}
 * is reported as line {@code i + 2}, as if the table had been read from a file with a header row.
 *
 * @since 0.1.0
 */
public final class TablesawParticipants {

  private TablesawParticipants() {
  }

  /**
   * Loads a table.
   *
   * @param table the table
   * @param schema the declared layout
   * @return the data
   * @throws io.github.commissioningvfm.model.io.InputFormatException if the table has no
   *     rows or lacks a declared column, or repeats or blanks a column name
   */
  public static ParticipantData read(Table table, ParticipantSchema schema) {
    Args.notNull(table, "table");
    Args.notNull(schema, "schema");
    String source = table.name() == null || table.name().isBlank() ? "table" : table.name();
    List<String> names = table.columnNames();
    ParticipantData.Builder b = ParticipantData.builder(schema, source, names);
    List<Column<?>> columns = table.columns();
    String[] fields = new String[names.size()];
    for (int r = 0; r < table.rowCount(); r++) {
      for (int c = 0; c < fields.length; c++) {
        Column<?> col = columns.get(c);
        fields[c] = col.isMissing(r) ? "" : col.getString(r);
      }
      b.addRow(r + 2L, fields.clone());
    }
    return b.build();
  }
}
