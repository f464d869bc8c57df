package io.github.commissioningvfm.vfm.uncertainty;

import io.github.commissioningvfm.model.internal.Args;
import java.util.OptionalDouble;

/**
 * The value of one input at which the metric reaches its switching target (NPV = 0 or ROI ratio = 1),
 * others at base, searched within the input's low-high range.
 *
 * @param input the input's name
 * @param base the input's base value
 * @param value the switching value, empty if the metric does not cross the target within the range
 * @param note how to read the figure
 * @since 0.1.0
 */
public record SwitchingValue(String input, double base, OptionalDouble value, String note) {
  /** Validates. */
  public SwitchingValue {
    Args.notBlank(input, "input");
    Args.notNull(value, "value");
    Args.notBlank(note, "note");
  }
}
