package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * NICE's cost-effectiveness thresholds as versioned reference data, read from the bundled
 * {@code nice-thresholds.csv} (one row per edition, with its citation, effective month and scope;
 * a published row is never edited, a revision is a new row).
 *
 * <p>Editions: GBP 20,000 to 30,000 per QALY gained for all evaluations (NICE PMG36, 2022); GBP 25,000 to
 * 35,000 for technology appraisals of medicines from April 2026 (NICE Q&amp;A on the threshold change).
 * A commissioner appraising a service rather than a medicine therefore still meets the first range.
 *
 * @since 0.1.0
 */
public final class NiceThresholds {

  /** The bundled resource. */
  public static final String RESOURCE = "nice-thresholds.csv";

  private static final List<String> HEADER = List.of("edition", "effective_from", "lower_gbp_per_qaly",
      "upper_gbp_per_qaly", "applies_to", "source", "retrieved");

  private static final List<NiceThreshold> EDITIONS = load();

  private NiceThresholds() {
  }

  /**
   * Every edition, oldest first.
   *
   * @return the editions
   */
  public static List<NiceThreshold> editions() {
    return EDITIONS;
  }

  /**
   * The edition in force in a month for a kind of evaluation: the latest one effective by then whose
   * scope covers it (an edition for all evaluations covers medicines too).
   *
   * @param month the month
   * @param scope the kind of evaluation
   * @return the edition, empty before the first
   */
  public static Optional<NiceThreshold> inForce(YearMonth month, NiceThreshold.Scope scope) {
    Args.notNull(month, "month");
    Args.notNull(scope, "scope");
    return EDITIONS.stream().filter(t -> !t.effectiveFrom().isAfter(month))
        .filter(t -> t.appliesTo() == NiceThreshold.Scope.ALL_EVALUATIONS || t.appliesTo() == scope)
        .max(Comparator.comparing(NiceThreshold::effectiveFrom));
  }

  private static List<NiceThreshold> load() {
    try (InputStream in = NiceThresholds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the jar");
      }
      return parse(CsvStream.of(in, RESOURCE, CsvReader.Dialect.LENIENT, InputFiles.DEFAULT_MAX_BYTES), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  static List<NiceThreshold> parse(CsvStream csv, String source) {
    if (!csv.next()) {
      throw new IllegalArgumentException(source + ": empty file");
    }
    String[] header = csv.record().fields().toArray(new String[0]);
    if (!Arrays.asList(header).equals(HEADER)) {
      throw new IllegalArgumentException(source + ", line 1: header must be " + HEADER + ", not "
          + Arrays.toString(header));
    }
    List<NiceThreshold> out = new ArrayList<>();
    while (csv.next()) {
      String[] f = csv.record().fields().toArray(new String[0]);
      long line = csv.line();
      if (f.length != HEADER.size()) {
        throw new IllegalArgumentException(source + ", line " + line + ": expected " + HEADER.size()
            + " fields, found " + f.length);
      }
      try {
        out.add(new NiceThreshold(f[0], YearMonth.parse(f[1]), number("lower_gbp_per_qaly", f[2]),
            number("upper_gbp_per_qaly", f[3]), NiceThreshold.Scope.valueOf(f[4]), f[5]));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(source + ", line " + line + ", column effective_from: not a month (yyyy-MM): '"
            + f[1] + "'", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ", line " + line + ": " + e.getMessage(), e);
      }
    }
    out.sort(Comparator.comparing(NiceThreshold::effectiveFrom));
    return List.copyOf(out);
  }

  private static double number(String column, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column " + column + ": not a number: '" + value + "'", e);
    }
  }
}
