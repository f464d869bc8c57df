package io.github.commissioningvfm.model.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks shared by the record-based computations of this package. */
final class Rows {

  private Rows() {
  }

  /**
   * Refuses a list in which an id appears twice, naming the table, the row (1-based), the column and
   * the id.
   *
   * @param rows the rows
   * @param id the id of a row
   * @param table the table's name in messages, e.g. "participants"
   * @param column the id column's name, e.g. "id"
   * @param noun what a row is, e.g. "participant"
   * @param <T> the row type
   * @return the set of ids
   */
  static <T> Set<String> uniqueIds(List<T> rows, Function<T, String> id, String table, String column, String noun) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!ids.add(id.apply(rows.get(i)))) {
        throw new IllegalArgumentException(table + " row " + (i + 1) + ", column " + column + ": " + noun + " '"
            + id.apply(rows.get(i)) + "' appears more than once");
      }
    }
    return ids;
  }
}
