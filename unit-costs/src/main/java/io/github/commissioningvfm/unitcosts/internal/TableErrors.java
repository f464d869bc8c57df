package io.github.commissioningvfm.unitcosts.internal;

import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.unitcosts.TableFormatException;

/** Turns the I/O layer's exception into the unit-cost tables' own subclass. */
final class TableErrors {

  private TableErrors() {
  }

  static TableFormatException of(InputFormatException e) {
    return e instanceof TableFormatException t ? t
        : new TableFormatException(e.file(), e.line(), e.column(), e.value(), e.problem());
  }
}
