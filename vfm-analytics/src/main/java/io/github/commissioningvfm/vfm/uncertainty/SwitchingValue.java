package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Figure;

/**
 * The value of one input at which a metric reaches its switching target (for example NPSV = 0 or
 * ROI ratio = 1), others at base, searched within the input's low-high range.
 *
 * @param input the input's name
 * @param base the input's base value
 * @param value the switching value as a quantity, or undefined with the reason (no crossing in the
 *     range, no range, or the metric undefined somewhere in it)
 * @since 0.1.0
 */
public record SwitchingValue(String input, double base, Figure value) {
  /** Validates. */
  public SwitchingValue {
    Args.notBlank(input, "input");
    Args.finite(base, "base");
    Args.notNull(value, "value");
  }
}
