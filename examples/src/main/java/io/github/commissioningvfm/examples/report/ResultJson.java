package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object under construction, keeping its fields in insertion order.
 *
 * <p>Values may be strings, numbers, booleans, lists, maps with string keys, other
 * {@code ResultJson} objects, and the library's value types, which are written as plain JSON:
 * {@link Money}, {@link BigMoney} and {@link Cost} as decimal numbers of pounds (the price base is
 * stated once, in a separate field), {@link FinancialYear} as {@code "2024/25"}, {@link Percentage}
 * and {@link Share} as their fraction, an outcome {@link Estimate} as its value (to the penny when
 * its unit is in GBP, e.g. "GBP" or "GBP per point", else to
 * {@value #RATIO_SIGNIFICANT_FIGURES} significant figures) and an engine
 * figure ({@link io.github.commissioningvfm.vfm.spi.Figure}) as its value. Amounts are rounded
 * half-up to the penny; an amount or ratio computed as a {@code double} is written through
 * {@link #pounds(double)} or {@link #ratio(double)}, so that no figure carries more digits than it
 * means and a JavaScript or Python float reads every number without loss. There is no JSON
 * {@code null}: a figure that cannot be computed is written as {@code {"undefined": reason}}.
 */
public final class ResultJson {

  /** The significant figures of a ratio written by {@link #ratio(double)}. */
  public static final int RATIO_SIGNIFICANT_FIGURES = 6;

  private static final MathContext RATIO = new MathContext(RATIO_SIGNIFICANT_FIGURES, RoundingMode.HALF_EVEN);

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private ResultJson() {
  }

  /**
   * Starts an empty object.
   *
   * @return a new object
   */
  public static ResultJson object() {
    return new ResultJson();
  }

  /**
   * An object standing for a figure that cannot be computed: {@code {"undefined": reason}}.
   *
   * @param reason why the figure is undefined
   * @return the object
   */
  public static ResultJson undefined(String reason) {
    return object().put("undefined", Args.notBlank(reason, "reason"));
  }

  /**
   * An amount of pounds computed as a {@code double}, rounded half-up to the penny.
   *
   * @param amount the amount in GBP, finite
   * @return the amount with two decimal places
   */
  public static BigDecimal pounds(double amount) {
    return BigDecimal.valueOf(Args.finite(amount, "amount")).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * A ratio, proportion or coefficient, rounded to {@value #RATIO_SIGNIFICANT_FIGURES} significant
   * figures (half-even), written without exponent.
   *
   * @param value the value, finite
   * @return the rounded value
   */
  public static BigDecimal ratio(double value) {
    BigDecimal rounded = BigDecimal.valueOf(Args.finite(value, "value")).round(RATIO);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  /**
   * An engine ratio rounded as {@link #ratio(double)}, or {@code {"undefined": reason}}.
   *
   * @param figure the figure
   * @return the rounded value, or the undefined object
   */
  public static Object ratio(io.github.commissioningvfm.vfm.spi.Figure figure) {
    if (Args.notNull(figure, "figure") instanceof io.github.commissioningvfm.vfm.spi.Figure.Undefined u) {
      return undefined(u.reason());
    }
    return ratio(figure.toDouble().getAsDouble());
  }

  /**
   * Adds a field, replacing any earlier value of the same name.
   *
   * @param name the field name, snake_case by convention
   * @param value the value (see the class comment for the accepted types)
   * @return this object
   */
  public ResultJson put(String name, Object value) {
    Args.notBlank(name, "name");
    fields.put(name, plain(Args.notNull(value, name), name));
    return this;
  }

  /**
   * The fields as a map of plain Java values (strings, numbers, booleans, lists, maps), ready for
   * a JSON writer.
   *
   * @return an unmodifiable view of the fields
   */
  public Map<String, Object> toMap() {
    return Collections.unmodifiableMap(fields);
  }

  private static Object plain(Object value, String name) {
    if (value instanceof ResultJson json) {
      return json.toMap();
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(Args.finite(d, name));
    }
    if (value instanceof Money money) {
      return money.amount();
    }
    if (value instanceof BigMoney money) {
      return money.toMoney().amount();
    }
    if (value instanceof Cost cost) {
      return cost.toMoney().amount();
    }
    if (value instanceof FinancialYear year) {
      return year.toString();
    }
    if (value instanceof Percentage percentage) {
      return percentage.fraction();
    }
    if (value instanceof Proportion proportion) {
      return proportion.fraction();
    }
    if (value instanceof Estimate estimate) {
      if (!estimate.isDefined()) {
        return plain(estimate.value(), name);
      }
      return estimate.unit().startsWith("GBP") ? pounds(estimate.valueOrThrow()) : ratio(estimate.valueOrThrow());
    }
    if (value instanceof io.github.commissioningvfm.vfm.spi.Figure figure) {
      return engineFigure(figure, name);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(plain(Args.notNull(element, name + "[]"), name));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(Args.notNull(e.getKey(), name + " key"));
        out.put(key, plain(Args.notNull(e.getValue(), name + "." + key), name + "." + key));
      }
      return Collections.unmodifiableMap(out);
    }
    throw new IllegalArgumentException("Argument '" + name + "' must be a JSON-compatible value: "
        + value.getClass().getName());
  }

  private static Object engineFigure(io.github.commissioningvfm.vfm.spi.Figure figure, String name) {
    if (figure instanceof io.github.commissioningvfm.vfm.spi.Figure.Amount a) {
      return plain(a.cost(), name);
    }
    if (figure instanceof io.github.commissioningvfm.vfm.spi.Figure.Ratio r) {
      return ratio(r.value().doubleValue());
    }
    if (figure instanceof io.github.commissioningvfm.vfm.spi.Figure.Quantity q) {
      return ratio(q.value().doubleValue());
    }
    if (figure instanceof io.github.commissioningvfm.vfm.spi.Figure.Share p) {
      return plain(p.value(), name);
    }
    if (figure instanceof io.github.commissioningvfm.vfm.spi.Figure.Count c) {
      return c.value();
    }
    return undefined(((io.github.commissioningvfm.vfm.spi.Figure.Undefined) figure).reason()).toMap();
  }
}
