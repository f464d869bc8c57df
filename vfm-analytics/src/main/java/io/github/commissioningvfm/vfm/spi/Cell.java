package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;

/**
 * One cell of a {@link ResultTable}: a typed {@link Figure}, or a piece of text such as an option's
 * name. Cells keep their type until an output (text, JSON, Tablesaw, charts) formats them.
 *
 * @since 0.1.0
 */
public sealed interface Cell permits Figure, Cell.Text {

  /**
   * A text cell.
   *
   * @param text the text, as written by the strategy (outputs neutralise line breaks and formula prefixes)
   */
  record Text(String text) implements Cell {
    /** Validates. */
    public Text {
      Args.notNull(text, "text");
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
