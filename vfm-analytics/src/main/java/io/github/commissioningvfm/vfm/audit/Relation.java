package io.github.commissioningvfm.vfm.audit;

import java.util.List;
import java.util.function.Function;

/**
 * A relation that a group of printed figures must satisfy, evaluated on any intervals for the
 * figures, so that the slip search can substitute an edited figure's interval for a printed one.
 */
interface Relation {

  /** The outcome of one evaluation: whether the relation holds and one line of arithmetic. */
  record Outcome(boolean holds, String line) {
  }

  /** The relation in words. */
  String name();

  /** The printed figures it uses; each may be edited by the slip search. */
  List<PrintedFigure> figures();

  /** Evaluates the relation with each figure's interval given by {@code spans}. */
  Outcome evaluate(Function<PrintedFigure, Span> spans);
}
