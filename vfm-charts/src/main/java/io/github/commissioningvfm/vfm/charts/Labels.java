package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.text.NumberFormat;
import java.util.Locale;

/** Checks of titles and labels, and the number style of labels (UK grouping, Locale-independent). */
final class Labels {

  private Labels() {
  }

  static void check(String title, String xAxisLabel, String yAxisLabel) {
    Args.notBlank(title, "title");
    Args.notBlank(xAxisLabel, "xAxisLabel");
    Args.notBlank(yAxisLabel, "yAxisLabel");
  }

  /** A whole number with thousands separators, e.g. 2,611. */
  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n);
  }
}
