package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.InflationRate;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.internal.Syntax;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One edition of a price index as a series of yearly levels, for rebasing costs between price
 * years. Published values are revised between editions (NHSCII pay and prices for 2022/23 was
 * 7.03% in the 2023 manual and 7.32% in the 2024 manual), so a series is identified by index
 * <em>and</em> edition, and each of its values by year.
 *
 * <p>Rebasing a cost {@code C} in prices of year {@code a} to year {@code b}:
 * {@code C_b = C_a x L(b) / L(a)}, where {@code L} is the level (division to 34 significant
 * digits). For a series published as annual changes {@code p(y)} in per cent, the levels are
 * chained: {@code L(y0) = 100} for the year {@code y0} before the first change, and
 * {@code L(y) = L(y - 1) x (1 + p(y) / 100)}.
 *
 * <p>Years outside the series are refused ({@link IndexCoverageException}) unless the caller
 * passes an explicit assumed rate {@code r}: then {@code L(y) = L(last) x (1 + r)^(y - last)}
 * after the last year and {@code L(y) = L(first) / (1 + r)^(first - y)} before the first.
 *
 * @since 0.1.0
 */
public final class PriceIndexSeries {

  private static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String index;
  private final String name;
  private final EditionInfo edition;
  private final IndexForm form;
  private final NavigableMap<FinancialYear, BigDecimal> published;
  private final NavigableMap<FinancialYear, BigDecimal> levels;
  private final NavigableMap<FinancialYear, String> notes;

  private PriceIndexSeries(String index, String name, EditionInfo edition, IndexForm form,
      Map<FinancialYear, BigDecimal> published, Map<FinancialYear, String> notes) {
    this.index = Args.notBlank(index, "index");
    Args.check(Syntax.isIdentifier(index), "index", "be lower-case letters, digits and '-'", index);
    this.name = Args.notBlank(name, "name");
    this.edition = Args.notNull(edition, "edition");
    this.form = Args.notNull(form, "form");
    Args.noNullEntries(published, "published");
    Args.check(!published.isEmpty(), "published", "not be empty", published);
    TreeMap<FinancialYear, BigDecimal> values = new TreeMap<>(published);
    FinancialYear first = values.firstKey();
    FinancialYear last = values.lastKey();
    Args.check(first.yearsUntil(last) == values.size() - 1, "published", "cover consecutive years", values.keySet());
    TreeMap<FinancialYear, BigDecimal> chained = new TreeMap<>();
    if (form == IndexForm.LEVEL) {
      for (Map.Entry<FinancialYear, BigDecimal> e : values.entrySet()) {
        if (e.getValue().signum() <= 0) {
          Args.positive(e.getValue(), "level " + e.getKey());
        }
        chained.put(e.getKey(), e.getValue());
      }
    } else {
      BigDecimal level = HUNDRED;
      chained.put(first.previous(), level);
      for (Map.Entry<FinancialYear, BigDecimal> e : values.entrySet()) {
        BigDecimal growth = BigDecimal.ONE.add(e.getValue().movePointLeft(2));
        if (growth.signum() <= 0) {
          Args.positive(growth, "change " + e.getKey());
        }
        level = level.multiply(growth, PRECISION);
        chained.put(e.getKey(), level);
      }
    }
    this.published = Collections.unmodifiableNavigableMap(values);
    this.levels = Collections.unmodifiableNavigableMap(chained);
    this.notes = checkedNotes(notes, values);
  }

  /** A copy of a validated series with other notes: the values and levels are reused as they are. */
  private PriceIndexSeries(PriceIndexSeries series, Map<FinancialYear, String> notes) {
    this.index = series.index;
    this.name = series.name;
    this.edition = series.edition;
    this.form = series.form;
    this.published = series.published;
    this.levels = series.levels;
    this.notes = checkedNotes(notes, series.published);
  }

  private static NavigableMap<FinancialYear, String> checkedNotes(Map<FinancialYear, String> notes,
      Map<FinancialYear, BigDecimal> values) {
    Args.noNullEntries(notes, "notes");
    TreeMap<FinancialYear, String> noted = new TreeMap<>();
    for (Map.Entry<FinancialYear, String> note : notes.entrySet()) {
      Args.check(values.containsKey(note.getKey()), "notes", "only name years of the series", note.getKey());
      if (!note.getValue().isBlank()) {
        noted.put(note.getKey(), note.getValue());
      }
    }
    return Collections.unmodifiableNavigableMap(noted);
  }

  /**
   * A series published as index levels.
   *
   * @param index the index id, e.g. {@code "hmt-gdp-deflator"}
   * @param name its name, e.g. "HM Treasury GDP deflator at market prices"
   * @param edition the edition's facts
   * @param levels the level in each year; consecutive years, all positive
   * @return the series
   */
  public static PriceIndexSeries ofLevels(String index, String name, EditionInfo edition,
      Map<FinancialYear, BigDecimal> levels) {
    return new PriceIndexSeries(index, name, edition, IndexForm.LEVEL, levels, Map.of());
  }

  /**
   * A series published as annual percentage increases.
   *
   * @param index the index id, e.g. {@code "nhscii-pay-and-prices"}
   * @param name its name
   * @param edition the edition's facts
   * @param percentChanges the increase on the previous year, in per cent (7.32 for 7.32%), for
   *     consecutive years
   * @return the series
   */
  public static PriceIndexSeries ofAnnualChanges(String index, String name, EditionInfo edition,
      Map<FinancialYear, BigDecimal> percentChanges) {
    return new PriceIndexSeries(index, name, edition, IndexForm.ANNUAL_PERCENT_CHANGE, percentChanges, Map.of());
  }

  /**
   * This series with notes on some of its published values, e.g. {@code "provisional"}.
   *
   * @param yearNotes a note for each year that has one; years must be published years
   * @return the annotated series
   */
  public PriceIndexSeries withNotes(Map<FinancialYear, String> yearNotes) {
    return new PriceIndexSeries(this, yearNotes);
  }

  /**
   * The note on a published value, e.g. {@code "provisional"} for a value the next edition may
   * revise.
   *
   * @param year the year
   * @return the note, or empty if the value has none
   */
  public Optional<String> note(FinancialYear year) {
    return Optional.ofNullable(notes.get(Args.notNull(year, "year")));
  }

  /**
   * The index id, e.g. {@code "nhscii-pay-and-prices"}.
   *
   * @return the id
   */
  public String index() {
    return index;
  }

  /**
   * The index's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The edition's facts: source, edition, citation, licence.
   *
   * @return the edition
   */
  public EditionInfo edition() {
    return edition;
  }

  /**
   * The identity of this series: index and edition.
   *
   * @return the id
   */
  public PriceIndexId id() {
    return new PriceIndexId(index, edition.edition());
  }

  /**
   * How the series was published.
   *
   * @return levels or annual changes
   */
  public IndexForm form() {
    return form;
  }

  /**
   * The values as published, by year: levels, or annual changes in per cent.
   *
   * @return the published values, oldest first
   */
  public NavigableMap<FinancialYear, BigDecimal> publishedValues() {
    return published;
  }

  /**
   * The first year with a level (for a series of changes, the year before the first change).
   *
   * @return the first year
   */
  public FinancialYear firstYear() {
    return levels.firstKey();
  }

  /**
   * The last year with a level.
   *
   * @return the last year
   */
  public FinancialYear lastYear() {
    return levels.lastKey();
  }

  /**
   * Whether the series has a level for a year.
   *
   * @param year the year
   * @return true if covered
   */
  public boolean covers(FinancialYear year) {
    return levels.containsKey(Args.notNull(year, "year"));
  }

  /**
   * The level in a year.
   *
   * @param year the year
   * @return the level
   * @throws IndexCoverageException if the series does not cover the year
   */
  public BigDecimal level(FinancialYear year) {
    BigDecimal level = levels.get(Args.notNull(year, "year"));
    if (level == null) {
      throw new IndexCoverageException(this, year);
    }
    return level;
  }

  /**
   * The rebasing factor {@code L(to) / L(from)}.
   *
   * @param from the price base of the cost
   * @param to the target price base
   * @return the factor
   * @throws IndexCoverageException if either year is not covered
   */
  public BigDecimal factor(FinancialYear from, FinancialYear to) {
    return level(to).divide(level(from), PRECISION);
  }

  /**
   * Rebases a cost to another price year: {@code C x L(target) / L(priceBase)}.
   *
   * @param cost the cost
   * @param target the target price base
   * @return the cost in target-year prices
   * @throws IndexCoverageException if either year is not covered
   */
  public Cost inflatedTo(Cost cost, FinancialYear target) {
    Args.notNull(cost, "cost");
    return cost.rebasedTo(target, factor(cost.priceBase(), target));
  }

  /**
   * Rebases a cost, extending the series beyond its years with an explicit assumed rate (see the
   * class description for the formula). Years inside the series use the published levels.
   *
   * @param cost the cost
   * @param target the target price base
   * @param assumed the assumed annual rate for years outside the series
   * @return the cost in target-year prices
   */
  public Cost inflatedTo(Cost cost, FinancialYear target, InflationRate assumed) {
    Args.notNull(cost, "cost");
    Args.notNull(assumed, "assumed");
    BigDecimal factor = extendedLevel(target, assumed).divide(extendedLevel(cost.priceBase(), assumed), PRECISION);
    return cost.rebasedTo(target, factor);
  }

  /**
   * Rebases a sourced cost and records the rebasing in its provenance, e.g.
   * {@code "rebased 2023/24 -> 2024/25 with HM Treasury GDP deflator at market prices
   * (hmt-gdp-deflator, edition 2026-03): x 1.040456 (100 / 96.1117)"}. A cost already in the
   * target price base is returned unchanged.
   *
   * @param cost the cost with its provenance
   * @param target the target price base
   * @return the rebased cost with the adjustment appended
   * @throws IndexCoverageException if either year is not covered
   */
  public SourcedCost inflatedTo(SourcedCost cost, FinancialYear target) {
    Args.notNull(cost, "cost");
    Args.notNull(target, "target");
    FinancialYear from = cost.cost().priceBase();
    if (from.equals(target)) {
      return cost;
    }
    Cost rebased = inflatedTo(cost.cost(), target);
    return cost.adjusted(rebased, adjustment(from, target, level(from), level(target), ""));
  }

  /**
   * Rebases a sourced cost with an explicit assumed rate for years outside the series, recording
   * the rebasing and the assumption in its provenance.
   *
   * @param cost the cost with its provenance
   * @param target the target price base
   * @param assumed the assumed annual rate for years outside the series
   * @return the rebased cost with the adjustment appended
   */
  public SourcedCost inflatedTo(SourcedCost cost, FinancialYear target, InflationRate assumed) {
    Args.notNull(cost, "cost");
    Args.notNull(target, "target");
    Args.notNull(assumed, "assumed");
    FinancialYear from = cost.cost().priceBase();
    if (from.equals(target)) {
      return cost;
    }
    Cost rebased = inflatedTo(cost.cost(), target, assumed);
    boolean extrapolated = !covers(from) || !covers(target);
    String note = extrapolated ? "; assumed " + assumed + " a year outside " + firstYear() + " to " + lastYear() : "";
    return cost.adjusted(rebased,
        adjustment(from, target, extendedLevel(from, assumed), extendedLevel(target, assumed), note));
  }

  /**
   * The series in words: {@code "HM Treasury GDP deflator at market prices (hmt-gdp-deflator,
   * edition 2026-03)"}.
   *
   * @return the description
   */
  public String describe() {
    return name + " (" + index + ", edition " + edition.edition() + ")";
  }

  private String adjustment(FinancialYear from, FinancialYear to, BigDecimal fromLevel, BigDecimal toLevel,
      String note) {
    BigDecimal factor = toLevel.divide(fromLevel, PRECISION);
    return "rebased " + from + " -> " + to + " with " + describe() + ": x " + shortText(factor)
        + " (" + shortText(toLevel) + " / " + shortText(fromLevel) + ")" + note;
  }

  private static String shortText(BigDecimal value) {
    BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }

  private BigDecimal extendedLevel(FinancialYear year, InflationRate assumed) {
    Args.notNull(year, "year");
    if (levels.containsKey(year)) {
      return levels.get(year);
    }
    if (year.isAfter(lastYear())) {
      return levels.lastEntry().getValue().multiply(assumed.growthFactor(lastYear().yearsUntil(year)), PRECISION);
    }
    return levels.firstEntry().getValue().divide(assumed.growthFactor(year.yearsUntil(firstYear())), PRECISION);
  }

  /**
   * Equal if index, edition, published values and notes are equal.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PriceIndexSeries other && index.equals(other.index) && edition.equals(other.edition)
        && form == other.form && published.equals(other.published) && notes.equals(other.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, edition, form, published, notes);
  }

  /**
   * The description and years covered.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return describe() + " " + firstYear() + " to " + lastYear();
  }
}
