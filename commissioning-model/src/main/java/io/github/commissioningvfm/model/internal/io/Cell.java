package io.github.commissioningvfm.model.internal.io;

import io.github.commissioningvfm.model.io.InputFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * One cell of an input file with its place, whose classifiers throw
 * {@link InputFormatException} naming file, line, column and value.
 *
 * @param file the file name
 * @param line the 1-based line
 * @param column the column name
 * @param text the cell as read
 */
public record Cell(String file, int line, String column, String text) {

  /**
   * A plain decimal, see {@link Cells#decimal}.
   *
   * @param signed whether a leading minus is allowed
   * @return the value
   */
  public BigDecimal decimal(boolean signed) {
    return classify(t -> Cells.decimal(t, signed));
  }

  /**
   * A decimal that may have thousands separators, see {@link Cells#groupedDecimal}.
   *
   * @param signed whether a leading minus is allowed
   * @return the value
   */
  public BigDecimal groupedDecimal(boolean signed) {
    return classify(t -> Cells.groupedDecimal(t, signed));
  }

  /**
   * A whole number, see {@link Cells#wholeNumber}.
   *
   * @return the value
   */
  public long wholeNumber() {
    return classify(Cells::wholeNumber);
  }

  /**
   * A date, see {@link Cells#date}.
   *
   * @return the date
   */
  public LocalDate date() {
    return classify(Cells::date);
  }

  /**
   * Applies any parser, turning its {@link IllegalArgumentException} into an
   * {@link InputFormatException} at this cell.
   *
   * @param <T> the value's type
   * @param parser the parser; its exception message becomes the problem
   * @return the value
   */
  public <T> T classify(Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (InputFormatException e) {
      throw e;
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InputFormatException(file, line, column, text, e.getMessage());
    }
  }
}
