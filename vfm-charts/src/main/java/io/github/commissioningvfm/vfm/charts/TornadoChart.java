package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A horizontal tornado of one-way sensitivity: one bar per input, from the result at the input's
 * low value to the result at its high value, around the base-case result; bars sorted by swing
 * ({@code |atHigh - atLow|}), largest at the top.
 *
 * @param title the title
 * @param measure the result measure with its unit, e.g. "Net present social value (GBP, 2024/25 prices)"
 * @param baseValue the base-case result
 * @param bars the bars, with distinct inputs, kept sorted by swing, largest first (ties in input order)
 * @since 0.1.0
 */
public record TornadoChart(String title, String measure, double baseValue, List<TornadoBar> bars) implements VfmChart {

  /**
   * Validates the chart and sorts the bars.
   *
   * @param title title
   * @param measure measure
   * @param baseValue base value
   * @param bars bars
   */
  public TornadoChart {
    Labels.check(title, measure, "input");
    Args.finite(baseValue, "baseValue");
    List<TornadoBar> sorted = new ArrayList<>(Args.notEmpty(Args.noNullElements(bars, "bars"), "bars"));
    Set<String> inputs = new HashSet<>();
    for (TornadoBar b : sorted) {
      Args.check(inputs.add(b.input()), "bars", "name each input once", b.input());
    }
    sorted.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
    bars = List.copyOf(sorted);
  }

  /**
   * A tornado.
   *
   * @param title the title
   * @param measure the measure with its unit
   * @param baseValue the base-case result
   * @param bars the bars, in any order
   * @return the chart
   */
  public static TornadoChart of(String title, String measure, double baseValue, List<TornadoBar> bars) {
    return new TornadoChart(title, measure, baseValue, bars);
  }

  @Override
  public String xAxisLabel() {
    return measure;
  }

  @Override
  public String yAxisLabel() {
    return "Input varied from its low to its high value";
  }

  /**
   * One input's bar.
   *
   * @param input the input, in words
   * @param atLow the result with the input at its low value
   * @param atHigh the result with the input at its high value
   */
  public record TornadoBar(String input, double atLow, double atHigh) {
    /**
     * Validates the bar.
     *
     * @param input input
     * @param atLow result at low
     * @param atHigh result at high
     */
    public TornadoBar {
      Args.notBlank(input, "input");
      Args.finite(atLow, "atLow");
      Args.finite(atHigh, "atHigh");
    }

    /**
     * The swing, {@code |atHigh - atLow|}.
     *
     * @return the swing
     */
    public double swing() {
      return Math.abs(atHigh - atLow);
    }
  }
}
