package io.github.commissioningvfm.vfm.audit;

/**
 * A closed interval {@code [low, high]} holding an unrounded figure, with interval arithmetic:
 * sums add the ends, products and quotients take the extreme products of the ends.
 */
record Span(double low, double high) {

  static Span of(PrintedFigure f) {
    return new Span(f.value() - f.halfUnit(), f.value() + f.halfUnit());
  }

  static Span of(double low, double high) {
    return new Span(low, high);
  }

  Span plus(Span o) {
    return new Span(low + o.low, high + o.high);
  }

  Span times(Span o) {
    double a = low * o.low;
    double b = low * o.high;
    double c = high * o.low;
    double d = high * o.high;
    return new Span(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)));
  }

  /** The quotient; the divisor must not contain zero. */
  Span dividedBy(Span o) {
    if (o.low <= 0 && o.high >= 0) {
      throw new ArithmeticException("divisor interval [" + o.low + ", " + o.high + "] contains zero");
    }
    return times(new Span(1 / o.high, 1 / o.low));
  }

  boolean intersects(Span o) {
    return low <= o.high && o.low <= high;
  }

  /** The gap between two disjoint intervals, 0 if they meet. */
  double distance(Span o) {
    return Math.max(0, Math.max(o.low - high, low - o.high));
  }
}
