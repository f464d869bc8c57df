package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.nio.file.Path;

/**
 * The files one chart was written to.
 *
 * @param png the PNG image
 * @param svg the SVG image, with the chart's title and axis labels as {@code <title>} and {@code <desc>}
 * @since 0.1.0
 */
public record ChartFiles(Path png, Path svg) {

  /**
   * Validates the paths.
   *
   * @param png png
   * @param svg svg
   */
  public ChartFiles {
    Args.notNull(png, "png");
    Args.notNull(svg, "svg");
  }
}
