package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import io.github.commissioningvfm.vfm.spi.Figure;

/**
 * The avoided volume of one stream at which the total ROI ratio is 1, other benefits unchanged:
 * {@code V* = (investment - (benefits - B_s)) / (B_s / V_s)}.
 *
 * @param stream the benefit stream's name
 * @param actualVolume the volume in the appraisal, {@code V_s}
 * @param breakEvenVolume {@code V*} as a quantity, undefined when the stream yields no benefit per unit
 * @param note how to read the figure
 */
public record BreakEven(String stream, BigDecimal actualVolume, Figure breakEvenVolume, String note) {
  /** Validates. */
  public BreakEven {
    Args.notBlank(stream, "stream");
    Args.notNull(actualVolume, "actualVolume");
    Args.notNull(breakEvenVolume, "breakEvenVolume");
    Args.notNull(note, "note");
  }
}
