package io.github.commissioningvfm.vfm.markov;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * A caller-supplied life table: the probability {@code q(a)} of dying within a year at age
 * {@code a}, as a step function over the rows' starting ages (the row with the greatest starting age
 * not above {@code a}; the last row holds for all older ages). Over a cycle of {@code L} years the
 * probability of death is {@code 1 - (1 - q(a))^L} (constant hazard within the year).
 *
 * <p>No table ships with the library: pass the rows of the table you cite (for England, the Office
 * for National Statistics national life tables) with their source.
 *
 * @param source where the rows come from
 * @param rows the rows, starting ages strictly increasing
 * @since 0.1.0
 */
public record LifeTable(String source, List<Row> rows) {

  /** Validates and copies. */
  public LifeTable {
    Args.notBlank(source, "source");
    rows = List.copyOf(Args.notEmpty(rows, "rows"));
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).age() <= rows.get(i - 1).age()) {
        throw new IllegalArgumentException("Life table '" + source + "': row " + i + " starts at age " + rows.get(i).age()
            + ", not after the previous row's " + rows.get(i - 1).age());
      }
    }
  }

  /**
   * One row.
   *
   * @param age the first age the row covers, years
   * @param qx the probability of dying within a year, in [0, 1]
   */
  public record Row(double age, double qx) {
    /** Validates. */
    public Row {
      Args.notNegative(age, "age");
      Args.inRange(qx, 0, 1, "qx");
    }
  }

  /**
   * The yearly probability of death at an age.
   *
   * @param age the age, not below the first row's
   * @return {@code q(a)}
   */
  public double qx(double age) {
    if (!(age >= rows.get(0).age())) {
      throw new IllegalArgumentException("Life table '" + source + "' starts at age " + rows.get(0).age()
          + "; no row covers age " + age);
    }
    double q = rows.get(0).qx();
    for (Row r : rows) {
      if (r.age() <= age) {
        q = r.qx();
      } else {
        break;
      }
    }
    return q;
  }

  /**
   * The probability of death over a period: {@code 1 - (1 - q(a))^years}.
   *
   * @param age the age at the start of the period
   * @param years the period, positive
   * @return the probability
   */
  public double probabilityOfDeath(double age, double years) {
    Args.positive(years, "years");
    double q = qx(age);
    return years == 1 ? q : Rates.convert(q, 1, years);
  }
}
