package io.github.commissioningvfm.model.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks that return the checked value and name the argument in their message, e.g.
 * {@code Argument 'volume' must not be negative: -3}.
 *
 * <p>Internal to the library: use from any module, but do not rely on it from outside.
 */
public final class Args {

  private Args() {
  }

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value's type
   * @param value the value
   * @param name the argument's name
   * @return the value
   * @throws NullPointerException if the value is null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException("Argument '" + name + "' must not be null");
    }
    return value;
  }

  /**
   * Checks that a string is neither null nor blank.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value, unchanged
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be blank: '" + value + "'");
    }
    return value;
  }

  /**
   * Checks that a collection is neither null nor empty and holds no null element.
   *
   * @param <C> the collection's type
   * @param value the collection
   * @param name the argument's name
   * @return the collection
   */
  public static <C extends Collection<?>> C notEmpty(C value, String name) {
    noNullElements(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be empty");
    }
    return value;
  }

  /**
   * Checks that a collection is not null and holds no null element.
   *
   * @param <C> the collection's type
   * @param value the collection
   * @param name the argument's name
   * @return the collection
   */
  public static <C extends Collection<?>> C noNullElements(C value, String name) {
    notNull(value, name);
    int i = 0;
    for (Object element : value) {
      if (element == null) {
        throw new NullPointerException("Argument '" + name + "' must not contain null, found at index " + i);
      }
      i++;
    }
    return value;
  }

  /**
   * Checks that a map is not null and has no null key or value.
   *
   * @param <M> the map's type
   * @param value the map
   * @param name the argument's name
   * @return the map
   */
  public static <M extends Map<?, ?>> M noNullEntries(M value, String name) {
    notNull(value, name);
    for (Map.Entry<?, ?> e : value.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new NullPointerException("Argument '" + name + "' must not contain a null key or value: " + e);
      }
    }
    return value;
  }

  /**
   * Checks that a double is finite (neither NaN nor infinite).
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Argument '" + name + "' must be a finite number: " + value);
    }
    return value;
  }

  /**
   * Checks that a double is finite and not negative.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static double notNegative(double value, String name) {
    finite(value, name);
    if (value < 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be negative: " + value);
    }
    return value;
  }

  /**
   * Checks that a long is not negative.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static long notNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be negative: " + value);
    }
    return value;
  }

  /**
   * Checks that an int is not negative.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static int notNegative(int value, String name) {
    return (int) notNegative((long) value, name);
  }

  /**
   * Checks that a decimal is not null and not negative.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static BigDecimal notNegative(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be negative: " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a double is finite and strictly positive.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static double positive(double value, String name) {
    finite(value, name);
    if (value <= 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must be positive: " + value);
    }
    return value;
  }

  /**
   * Checks that a long is strictly positive.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must be positive: " + value);
    }
    return value;
  }

  /**
   * Checks that an int is strictly positive.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static int positive(int value, String name) {
    return (int) positive((long) value, name);
  }

  /**
   * Checks that a decimal is not null and strictly positive.
   *
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static BigDecimal positive(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("Argument '" + name + "' must be positive: " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a double lies in the closed interval [low, high].
   *
   * @param value the value
   * @param low the lowest allowed value
   * @param high the highest allowed value
   * @param name the argument's name
   * @return the value
   */
  public static double inRange(double value, double low, double high, String name) {
    finite(value, name);
    if (value < low || value > high) {
      throw new IllegalArgumentException(
          "Argument '" + name + "' must be between " + low + " and " + high + ": " + value);
    }
    return value;
  }

  /**
   * Checks that a long lies in the closed interval [low, high].
   *
   * @param value the value
   * @param low the lowest allowed value
   * @param high the highest allowed value
   * @param name the argument's name
   * @return the value
   */
  public static long inRange(long value, long low, long high, String name) {
    if (value < low || value > high) {
      throw new IllegalArgumentException(
          "Argument '" + name + "' must be between " + low + " and " + high + ": " + value);
    }
    return value;
  }

  /**
   * Checks that an int lies in the closed interval [low, high].
   *
   * @param value the value
   * @param low the lowest allowed value
   * @param high the highest allowed value
   * @param name the argument's name
   * @return the value
   */
  public static int inRange(int value, int low, int high, String name) {
    return (int) inRange((long) value, (long) low, (long) high, name);
  }

  /**
   * Checks a condition about an argument.
   *
   * @param condition the condition that must hold
   * @param name the argument's name
   * @param requirement what the argument must satisfy, e.g. "be after 'start'"
   * @param value the offending value, shown in the message
   */
  public static void check(boolean condition, String name, String requirement, Object value) {
    if (!condition) {
      throw new IllegalArgumentException("Argument '" + name + "' must " + requirement + ": " + value);
    }
  }

  /**
   * Requires a non-null reference, for use inside compact constructors.
   *
   * @param <T> the type
   * @param value the value
   * @param name the argument's name
   * @return the value
   */
  public static <T> T require(T value, String name) {
    return Objects.requireNonNull(value, () -> "Argument '" + name + "' must not be null");
  }
}
