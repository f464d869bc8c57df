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
 * and {@link Share} as their fraction, an outcome {@link Estimate} and an engine figure
 * ({@link io.github.commissioningvfm.vfm.spi.Figure}) as their value. Amounts are rounded half-up to
 * the penny and ratios to the nearest double (its shortest decimal form), so that a JavaScript or Python float reads them
 * without loss. There is no JSON {@code null}: a figure that cannot be computed is written as
 * {@code {"undefined": reason}}.
 */
public final class ResultJson {

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
      return estimate.isDefined() ? plain(estimate.valueOrThrow(), name) : plain(estimate.value(), name);
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
      return BigDecimal.valueOf(r.value().doubleValue());
    }
    if (figure instanceof io.github.commissioningvfm.vfm.spi.Figure.Quantity q) {
      return BigDecimal.valueOf(q.value().doubleValue());
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
