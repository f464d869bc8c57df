package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.internal.io.Utf8;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The NHS Payment Scheme editions, oldest first. {@link #standard()} reads the editions shipped
 * as resource files ({@code io/github/commissioningvfm/model/payment/nhsps/*.properties}, listed
 * in {@code editions.list}); each parameter carries the scheme section it comes from.
 *
 * @param editions the editions, oldest first, with years that do not overlap
 * @since 0.1.0
 */
public record SchemeEditions(List<SchemeEdition> editions) {

  private static final String BASE = "/io/github/commissioningvfm/model/payment/nhsps/";
  private static final SchemeEditions STANDARD = load();

  /**
   * Creates a set of editions.
   *
   * @param editions the editions, oldest first, not overlapping
   */
  public SchemeEditions {
    editions = List.copyOf(Args.notEmpty(editions, "editions"));
    for (int i = 1; i < editions.size(); i++) {
      FinancialYearRange before = editions.get(i - 1).years();
      FinancialYearRange after = editions.get(i).years();
      Args.check(after.first().isAfter(before.last()), "editions", "be ordered oldest first without overlap, but "
          + editions.get(i).id() + " starts in", after.first() + " within or before " + before);
    }
  }

  /**
   * The editions shipped with the library (2023/25 and 2025/26).
   *
   * @return the standard editions
   */
  public static SchemeEditions standard() {
    return STANDARD;
  }

  /**
   * The edition in effect in a financial year.
   *
   * @param year the year
   * @return the edition
   * @throws IllegalArgumentException naming the year and the years covered if no edition covers it
   */
  public SchemeEdition forYear(FinancialYear year) {
    Args.notNull(year, "year");
    for (SchemeEdition e : editions) {
      if (e.years().contains(year)) {
        return e;
      }
    }
    List<String> covered = new ArrayList<>();
    editions.forEach(e -> covered.add(e.id() + " (" + e.years() + ")"));
    throw new IllegalArgumentException("No NHS Payment Scheme edition for financial year " + year
        + "; available: " + covered);
  }

  /**
   * The edition with an id.
   *
   * @param id e.g. "2023/25"
   * @return the edition, or empty
   */
  public Optional<SchemeEdition> byId(String id) {
    Args.notNull(id, "id");
    return editions.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private static SchemeEditions load() {
    List<SchemeEdition> loaded = new ArrayList<>();
    for (String file : readIndex()) {
      loaded.add(parse(file, read(file)));
    }
    return new SchemeEditions(loaded);
  }

  private static List<String> readIndex() {
    List<String> files = new ArrayList<>();
    for (String line : text("editions.list").split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        files.add(trimmed);
      }
    }
    return files;
  }

  private static Properties read(String file) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text(file)));
    } catch (IOException | IllegalArgumentException e) {
      throw new InputFormatException(BASE + file, 0, "(file)", "", "not a properties file: " + e.getMessage());
    }
    return p;
  }

  /** A resource through the I/O layer: at most 1 MiB, strict UTF-8. */
  private static String text(String file) {
    try (InputStream in = open(file)) {
      return Utf8.decode(InputFiles.readAtMost(in, 1024 * 1024, BASE + file), BASE + file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BASE + file, e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = SchemeEditions.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + BASE + file);
    }
    return in;
  }

  /**
   * Parses one edition file. Package-private for tests.
   *
   * @param file the file's name, for messages
   * @param p its properties
   * @return the edition
   * @throws InputFormatException naming the file, the key and its value for a missing or bad value
   */
  static SchemeEdition parse(String file, Properties p) {
    try {
      String id = required(file, p, "edition");
      String document = required(file, p, "document");
      FinancialYearRange years = parsed(file, p, "years", FinancialYearRange::parse);
      Money threshold = parsed(file, p, "lva.threshold", Money::of);
      ThresholdBoundary boundary = ThresholdBoundary.valueOf(
          required(file, p, "lva.boundary").replace('-', '_').toUpperCase(Locale.ROOT));
      Proportion rate = parsed(file, p, "api.variableRate", Proportion::of);
      SchemeRules rules = new SchemeRules(
          Provenance.of(document, id, "mechanisms", required(file, p, "mechanisms.location")),
          Provenance.of(document, id, "api.nhsEngland", required(file, p, "api.nhsEngland.location")),
          Provenance.of(document, id, "lva.mandate", required(file, p, "lva.mandate.location")),
          exclusions(file, p, id));
      return new SchemeEdition(id, years, rules,
          new LvaThreshold(threshold, boundary, required(file, p, "lva.basis"), Provenance.of(document, id,
              "lva.threshold", required(file, p, "lva.location"))),
          new SchemeRate(rate, Provenance.of(document, id, "api.variableRate", required(file, p, "api.location"))),
          uplifts(file, p, id, document));
    } catch (InputFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(file, 0, "(value)", "", "NHS Payment Scheme value: " + e.getMessage());
    }
  }

  private static List<LvaExclusion> exclusions(String file, Properties p, String id) {
    List<LvaExclusion> out = new ArrayList<>();
    for (String exclusion : list(p, "lva.exclusions")) {
      String key = "lva.exclusion." + exclusion;
      out.add(new LvaExclusion(exclusion, required(file, p, key), Provenance.of(required(file, p, key + ".source"), id,
          key, required(file, p, key + ".location"))));
    }
    return out;
  }

  private static List<CostUplift> uplifts(String file, Properties p, String id, String document) {
    List<CostUplift> uplifts = new ArrayList<>();
    for (String year : list(p, "uplift.years")) {
      String prefix = "uplift." + year + ".";
      String location = required(file, p, prefix + "location");
      uplifts.add(new CostUplift(FinancialYear.parse(year), factor(file, p, prefix + "cost", id, document, location),
          factor(file, p, prefix + "efficiency", id, document, location)));
    }
    return uplifts;
  }

  private static SchemeFactor factor(String file, Properties p, String key, String id, String document,
      String location) {
    if (p.getProperty(key) == null) {
      throw new InputFormatException(file, 0, key, "", "NHS Payment Scheme file is missing this key (leave it "
          + "empty with '" + key + ".note' giving the reason if the value is not known)");
    }
    Optional<Percentage> value = optional(p, key).map(Percentage::parse);
    Optional<Percentage> supersedes = optional(p, key + ".supersedes").map(Percentage::parse);
    String note = optional(p, key + ".note").orElse("");
    if (value.isEmpty() && note.isEmpty()) {
      throw new InputFormatException(file, 0, key, "", "empty, and '" + key + ".note' gives no reason");
    }
    return new SchemeFactor(value, supersedes, note, Provenance.of(document, id, key, location));
  }

  private static Optional<String> optional(Properties p, String key) {
    return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static List<String> list(Properties p, String key) {
    return optional(p, key).map(v -> List.of(v.split(","))).orElse(List.of()).stream().map(String::strip)
        .filter(v -> !v.isEmpty()).toList();
  }

  private static <T> T parsed(String file, Properties p, String key, java.util.function.Function<String, T> parser) {
    String text = required(file, p, key);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(file, 0, key, text, e.getMessage());
    }
  }

  private static String required(String file, Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new InputFormatException(file, 0, key, value == null ? "" : value, "NHS Payment Scheme file is missing "
          + "this key");
    }
    return value.strip();
  }
}
