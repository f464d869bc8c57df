package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A typed key naming one headline figure of a method, for each option against the counterfactual:
 * for example {@code CbaStrategy.NPSV} (an {@link Figure.Amount}) or {@code RoiStrategy.ROI_RATIO}
 * (a {@link Figure.Ratio}). Results are looked up by key without casts:
 * {@code result.defined("fund service", CbaStrategy.NPSV).map(Figure.Amount::cost)}.
 *
 * @param <F> the kind of figure the metric has when defined
 * @param id the id, unique within a strategy, e.g. {@code "npsv"}
 * @param label the label shown in reports, e.g. "NPSV"
 * @param definition the formula
 * @param type the class of the defined figure
 * @param unit the unit of a {@link Figure.Quantity} (empty for other kinds)
 * @param switchingTarget the value at which the decision switches, e.g. 0 for a net value and 1 for a
 *     benefit-cost ratio; switching values and {@code P(metric > target)} use it
 * @since 0.1.0
 */
public record Metric<F extends Figure>(String id, String label, String definition, Class<F> type, String unit,
    double switchingTarget) {

  /** Validates. */
  public Metric {
    Args.notBlank(id, "id");
    Args.notBlank(label, "label");
    Args.notBlank(definition, "definition");
    Args.notNull(type, "type");
    Args.check(type != Figure.Undefined.class, "type", "be a kind of defined figure", type.getSimpleName());
    Args.notNull(unit, "unit");
    Args.finite(switchingTarget, "switchingTarget");
  }

  /**
   * An amount metric.
   *
   * @param id the id
   * @param label the label
   * @param definition the formula
   * @param switchingTarget the switching target, in pounds
   * @return the metric
   */
  public static Metric<Figure.Amount> amount(String id, String label, String definition, double switchingTarget) {
    return new Metric<>(id, label, definition, Figure.Amount.class, "", switchingTarget);
  }

  /**
   * A ratio metric.
   *
   * @param id the id
   * @param label the label
   * @param definition the formula
   * @param switchingTarget the switching target
   * @return the metric
   */
  public static Metric<Figure.Ratio> ratio(String id, String label, String definition, double switchingTarget) {
    return new Metric<>(id, label, definition, Figure.Ratio.class, "", switchingTarget);
  }

  /**
   * A quantity metric.
   *
   * @param id the id
   * @param label the label
   * @param definition the formula
   * @param unit the unit, e.g. "WELLBYs"
   * @param switchingTarget the switching target
   * @return the metric
   */
  public static Metric<Figure.Quantity> quantity(String id, String label, String definition, String unit,
      double switchingTarget) {
    return new Metric<>(id, label, definition, Figure.Quantity.class, unit, switchingTarget);
  }

  /**
   * The kind of figure.
   *
   * @return the kind
   */
  public Figure.Kind kind() {
    if (type == Figure.Amount.class) {
      return Figure.Kind.AMOUNT;
    }
    if (type == Figure.Ratio.class) {
      return Figure.Kind.RATIO;
    }
    if (type == Figure.Share.class) {
      return Figure.Kind.SHARE;
    }
    return type == Figure.Count.class ? Figure.Kind.COUNT : Figure.Kind.QUANTITY;
  }

  /**
   * Checks that a figure suits this metric: of its type, or undefined.
   *
   * @param figure the figure
   * @return the figure
   * @throws IllegalArgumentException naming the metric and the figure's kind otherwise
   */
  public Figure check(Figure figure) {
    Args.notNull(figure, "figure");
    if (!(figure instanceof Figure.Undefined) && !type.isInstance(figure)) {
      throw new IllegalArgumentException("Metric '" + id + "' takes " + type.getSimpleName() + " figures, not "
          + figure.getClass().getSimpleName() + " (" + figure + ")");
    }
    return figure;
  }

  @Override
  public String toString() {
    return label + " (" + id + "): " + definition;
  }
}
