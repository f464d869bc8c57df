package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.unitcosts.internal.BundledProvider;
import io.github.commissioningvfm.unitcosts.internal.EditionOrder;
import io.github.commissioningvfm.unitcosts.spi.ManifestProvider;
import io.github.commissioningvfm.unitcosts.spi.ProvidedData;
import io.github.commissioningvfm.unitcosts.spi.UnitCostProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A catalogue of unit-cost table editions and price-index editions, verified when it is built.
 *
 * <p>{@link #standard()} holds every edition that ships with the library: the bundled NHS National
 * Cost Collection 2023/24 and 2024/25 and the HM Treasury GDP deflator, plus the PSSRU editions
 * and the NHS and PSS inflation indices when the {@code unit-costs-pssru} artifact is on the
 * class path. It is loaded lazily on first use, and every file's checksum is verified once.
 *
 * <pre>{@code
 * UnitCosts costs = UnitCosts.standard();
 * UnitCost crisisCafe = costs.get("ncc.mh-care-contact.a21-crisis-cafe-safe-haven");
 * SourcedCost in2022 = costs.gdpDeflator().inflatedTo(crisisCafe.sourcedCost(), FinancialYear.parse("2022/23"));
 * }</pre>
 *
 * <p>Keys are looked up in the newest edition that has them ({@link #get(String)}), or in a named
 * edition ({@link #edition(String, String)}). A missing key throws
 * {@link UnitCostNotFoundException} listing close matches and the editions that do have it.
 *
 * @since 0.1.0
 */
public final class UnitCosts implements UnitCostLookup {

  /** The HM Treasury GDP deflator at market prices, financial years. */
  public static final String GDP_DEFLATOR = "hmt-gdp-deflator";
  /** The NHS cost inflation index, pay and prices combined (PSSRU table 12.1.1). */
  public static final String NHSCII_PAY_AND_PRICES = "nhscii-pay-and-prices";
  /** The NHS cost inflation index, pay (PSSRU table 12.1.1). */
  public static final String NHSCII_PAY = "nhscii-pay";
  /** The NHS cost inflation index, prices (PSSRU table 12.1.1). */
  public static final String NHSCII_PRICES = "nhscii-prices";
  /** The PSS pay and prices index excluding capital, adult services (PSSRU table 12.1.2). */
  public static final String PSS_PAY_AND_PRICES = "pss-pay-and-prices";
  /** The PSS pay and prices index including capital, adult services (PSSRU table 12.1.2). */
  public static final String PSS_PAY_AND_PRICES_INCL_CAPITAL = "pss-pay-and-prices-incl-capital";
  /** The PSS pay index, adult services (PSSRU table 12.1.2). */
  public static final String PSS_PAY = "pss-pay";

  private static volatile UnitCosts standard;

  private static final String PSSRU_HINT = "; the NHS and PSS inflation indices ship in the unit-costs-pssru artifact";

  private final Map<String, List<UnitCostTable>> bySource;
  private final Map<PriceIndexId, PriceIndexSeries> indices;
  private final Map<String, String> aliases;
  private final Map<String, UnitCost> newest;
  private final List<String> providers;

  private UnitCosts(List<UnitCostTable> tables, List<PriceIndexSeries> indexList, Map<String, String> aliases,
      List<String> providers) {
    // Plain loops rather than streams and lambdas: this runs once per catalogue, usually in a
    // fresh JVM, where each lambda or stream pipeline costs class generation and loading.
    Function<String, List<String>> lookup = this::editionsWithKey;
    Map<String, List<UnitCostTable>> grouped = new LinkedHashMap<>();
    for (UnitCostTable t : tables) {
      List<UnitCostTable> list = grouped.get(t.edition().source());
      if (list == null) {
        list = new ArrayList<>();
        grouped.put(t.edition().source(), list);
      }
      list.add(t.withEditionsLookup(lookup));
    }
    Map<String, List<UnitCostTable>> sorted = new LinkedHashMap<>();
    for (Map.Entry<String, List<UnitCostTable>> group : grouped.entrySet()) {
      List<UnitCostTable> list = group.getValue();
      list.sort((a, b) -> EditionOrder.INSTANCE.compare(a.edition().edition(), b.edition().edition()));
      sorted.put(group.getKey(), List.copyOf(list));
    }
    this.bySource = Collections.unmodifiableMap(sorted);
    List<PriceIndexSeries> orderedIndices = new ArrayList<>(indexList);
    orderedIndices.sort((a, b) -> {
      int byIndex = a.index().compareTo(b.index());
      return byIndex != 0 ? byIndex : EditionOrder.INSTANCE.compare(a.edition().edition(), b.edition().edition());
    });
    Map<PriceIndexId, PriceIndexSeries> idx = new LinkedHashMap<>();
    for (PriceIndexSeries s : orderedIndices) {
      idx.put(s.id(), s);
    }
    this.indices = Collections.unmodifiableMap(idx);
    this.aliases = Map.copyOf(aliases);
    this.providers = List.copyOf(providers);
    Map<String, UnitCost> index = new HashMap<>();
    for (List<UnitCostTable> list : sorted.values()) {
      for (int i = list.size() - 1; i >= 0; i--) {
        UnitCostTable t = list.get(i);
        for (UnitCost row : t.rows()) {
          index.putIfAbsent(row.key(), row);
        }
        for (Map.Entry<String, String> alias : t.aliases().entrySet()) {
          index.putIfAbsent(alias.getKey(), t.get(alias.getValue()));
        }
      }
    }
    for (Map.Entry<String, String> alias : this.aliases.entrySet()) {
      if (!index.containsKey(alias.getKey()) && index.containsKey(alias.getValue())) {
        index.put(alias.getKey(), index.get(alias.getValue()));
      }
    }
    this.newest = Map.copyOf(index);
  }

  /**
   * The library's own editions, loaded and verified on first use. If loading fails (a file fails
   * its checksum, say) the exception propagates and the next call tries again; nothing partly
   * loaded is ever returned.
   *
   * @return the standard catalogue
   */
  public static UnitCosts standard() {
    UnitCosts loaded = standard;
    if (loaded == null) {
      synchronized (UnitCosts.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = builder().withStandardProviders().build();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * The newest edition of one price index in the library's own data, for a start-up that needs an
   * index and no unit-cost tables (rebasing, a nominal-price analysis): only the manifests and that
   * index's files are read and verified, instead of every table. The result equals
   * {@code standard().latestIndex(index)}; once {@link #standard()} has been loaded it is taken from
   * there, and an index that the standard providers do not supply, or supply twice, is looked up in
   * {@link #standard()} itself, which reports it.
   *
   * @param index the index id, e.g. "hmt-gdp-deflator"
   * @return the newest edition
   * @throws IllegalArgumentException if there is no such index, listing those there are
   */
  public static PriceIndexSeries standardIndex(String index) {
    Args.notBlank(index, "index");
    UnitCosts loaded = standard;
    return loaded != null ? loaded.latestIndex(index) : loadStandardIndex(index);
  }

  /** {@link #standardIndex} without looking at a loaded standard catalogue first. */
  static PriceIndexSeries loadStandardIndex(String index) {
    return newestIndex(standardProviders(), index, UnitCosts::standard);
  }

  /**
   * The newest edition of an index among the providers' {@link UnitCostProvider#loadIndex}, or, when
   * none supplies it, an edition comes twice, or a provider answers with another index, the
   * catalogue's {@link #latestIndex}, which builds the catalogue and reports what is wrong.
   */
  static PriceIndexSeries newestIndex(List<UnitCostProvider> providers, String index,
      Supplier<UnitCosts> catalogue) {
    List<PriceIndexSeries> editions = new ArrayList<>();
    for (UnitCostProvider p : providers) {
      editions.addAll(Args.notNull(p.loadIndex(index), "index data of provider " + p.name()).indices());
    }
    Set<PriceIndexId> ids = new HashSet<>();
    for (PriceIndexSeries e : editions) {
      if (!ids.add(e.id()) || !e.index().equals(index)) {
        return catalogue.get().latestIndex(index);
      }
    }
    if (editions.isEmpty()) {
      return catalogue.get().latestIndex(index);
    }
    PriceIndexSeries newest = editions.get(0);
    for (PriceIndexSeries e : editions) {
      if (EditionOrder.INSTANCE.compare(e.edition().edition(), newest.edition().edition()) > 0) {
        newest = e;
      }
    }
    return newest;
  }

  /**
   * The library's own providers: the bundled data, then the standard-data providers on the class
   * path (the builder skips any that repeats one already added).
   */
  private static List<UnitCostProvider> standardProviders() {
    List<UnitCostProvider> providers = new ArrayList<>();
    providers.add(new BundledProvider());
    for (UnitCostProvider p : ServiceLoader.load(UnitCostProvider.class, UnitCosts.class.getClassLoader())) {
      if (p.standardData()) {
        providers.add(p);
      }
    }
    return providers;
  }

  /**
   * A builder for a catalogue of chosen providers, tables and indices.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The source ids, e.g. {@code ["ncc", "pssru"]}.
   *
   * @return the sources in registration order
   */
  public List<String> sources() {
    return List.copyOf(bySource.keySet());
  }

  /**
   * Every table edition, by source, oldest edition first.
   *
   * @return the editions' facts
   */
  public List<EditionInfo> editions() {
    return bySource.values().stream().flatMap(List::stream).map(UnitCostTable::edition).toList();
  }

  /**
   * The editions of one source, oldest first.
   *
   * @param source the source id, e.g. "ncc"
   * @return the tables
   * @throws IllegalArgumentException naming the known sources if there is no such source
   */
  public List<UnitCostTable> tables(String source) {
    Args.notNull(source, "source");
    List<UnitCostTable> list = bySource.get(source);
    if (list == null) {
      throw new IllegalArgumentException("No unit-cost source '" + source + "'; available sources: "
          + String.join(", ", bySource.keySet()));
    }
    return list;
  }

  /**
   * The newest edition of a source.
   *
   * @param source the source id, e.g. "ncc"
   * @return the table
   */
  public UnitCostTable latest(String source) {
    List<UnitCostTable> list = tables(source);
    return list.get(list.size() - 1);
  }

  /**
   * One edition of a source.
   *
   * @param source the source id, e.g. "ncc"
   * @param edition the edition, e.g. "2023/24"
   * @return the table
   * @throws IllegalArgumentException naming the editions that exist
   */
  public UnitCostTable edition(String source, String edition) {
    Args.notNull(edition, "edition");
    List<UnitCostTable> list = tables(source);
    for (UnitCostTable t : list) {
      if (t.edition().edition().equals(edition)) {
        return t;
      }
    }
    throw new IllegalArgumentException("No edition '" + edition + "' of source '" + source + "'; available: "
        + list.stream().map(t -> t.edition().edition()).collect(Collectors.joining(", ")));
  }

  /**
   * The row with a key in the newest edition that has it, searching sources in registration
   * order; a catalogue alias is followed if no table has the key itself.
   *
   * @param key the key
   * @return the row, or empty
   */
  @Override
  public Optional<UnitCost> find(String key) {
    return Optional.ofNullable(newest.get(Args.notNull(key, "key")));
  }

  @Override
  public UnitCost get(String key) {
    UnitCost found = newest.get(Args.notNull(key, "key"));
    if (found != null) {
      return found;
    }
    throw new UnitCostNotFoundException(key, "any edition (" + bySource.values().stream().flatMap(List::stream)
        .map(t -> t.edition().label()).collect(Collectors.joining(", ")) + ")", allKeys(), List.of());
  }

  @Override
  public Set<String> keys() {
    Set<String> all = new LinkedHashSet<>();
    bySource.values().forEach(list -> list.forEach(t -> all.addAll(t.keys())));
    return Collections.unmodifiableSet(all);
  }

  private Set<String> allKeys() {
    Set<String> all = new LinkedHashSet<>(keys());
    bySource.values().forEach(list -> list.forEach(t -> all.addAll(t.aliases().keySet())));
    all.addAll(aliases.keySet());
    return all;
  }

  private List<String> editionsWithKey(String key) {
    String target = aliases.getOrDefault(key, key);
    List<String> out = new ArrayList<>();
    bySource.values().forEach(list -> list.forEach(t -> {
      if (t.find(key).isPresent() || t.find(target).isPresent()) {
        out.add(t.edition().label());
      }
    }));
    return out;
  }

  /**
   * Every price-index edition, by index then edition, oldest first.
   *
   * @return the series
   */
  public List<PriceIndexSeries> indices() {
    return List.copyOf(indices.values());
  }

  /**
   * One edition of a price index.
   *
   * @param index the index id, e.g. {@link #NHSCII_PAY_AND_PRICES}
   * @param edition the edition, e.g. "2024"
   * @return the series
   * @throws IllegalArgumentException naming the editions that exist
   */
  public PriceIndexSeries index(String index, String edition) {
    PriceIndexSeries series = indices.get(new PriceIndexId(index, edition));
    if (series == null) {
      throw new IllegalArgumentException("No price index '" + index + "' edition '" + edition + "'; available: "
          + availableIndices() + (index.startsWith("nhscii") || index.startsWith("pss") ? PSSRU_HINT : ""));
    }
    return series;
  }

  /**
   * The newest edition of a price index.
   *
   * @param index the index id, e.g. {@link #GDP_DEFLATOR}
   * @return the series
   * @throws IllegalArgumentException naming the indices that exist
   */
  public PriceIndexSeries latestIndex(String index) {
    Args.notNull(index, "index");
    PriceIndexSeries latest = null;
    for (PriceIndexSeries s : indices.values()) {
      if (s.index().equals(index)) {
        latest = s;
      }
    }
    if (latest == null) {
      throw new IllegalArgumentException("No price index '" + index + "'; available: " + availableIndices()
          + (index.startsWith("nhscii") || index.startsWith("pss") ? PSSRU_HINT : ""));
    }
    return latest;
  }

  /**
   * The newest edition of the HM Treasury GDP deflator.
   *
   * @return the series
   */
  public PriceIndexSeries gdpDeflator() {
    return latestIndex(GDP_DEFLATOR);
  }

  /**
   * The NHS cost inflation index (pay and prices) as published in one PSSRU edition.
   *
   * @param edition the PSSRU edition, e.g. "2024"
   * @return the series
   */
  public PriceIndexSeries nhsciiPayAndPrices(String edition) {
    return index(NHSCII_PAY_AND_PRICES, edition);
  }

  /**
   * The PSS pay and prices index (adult services, excluding capital) as published in one PSSRU
   * edition.
   *
   * @param edition the PSSRU edition, e.g. "2024"
   * @return the series
   */
  public PriceIndexSeries pssPayAndPrices(String edition) {
    return index(PSS_PAY_AND_PRICES, edition);
  }

  private String availableIndices() {
    return indices.keySet().stream().map(PriceIndexId::toString).collect(Collectors.joining(", "));
  }

  /**
   * The names of the providers the catalogue was built from.
   *
   * @return the provider names
   */
  public List<String> providers() {
    return providers;
  }

  /**
   * The editions held, e.g. {@code "UnitCosts[ncc 2023/24, ncc 2024/25; indices hmt-gdp-deflator 2026-03]"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "UnitCosts[" + editions().stream().map(EditionInfo::label).collect(Collectors.joining(", "))
        + "; indices " + availableIndices() + "]";
  }

  /** Builds a {@link UnitCosts} catalogue; providers are loaded and verified by {@link #build()}. */
  public static final class Builder {
    private static final String PROGRAMMATIC = "programmatic registration";

    private final List<UnitCostProvider> providers = new ArrayList<>();
    private final List<UnitCostTable> tables = new ArrayList<>();
    private final List<PriceIndexSeries> indexList = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Adds the library's own editions: the bundled tables and every class-path provider that
     * declares {@link UnitCostProvider#standardData()}.
     *
     * @return this builder
     */
    public Builder withStandardProviders() {
      standardProviders().forEach(this::addIfAbsent);
      return this;
    }

    /**
     * Opts in to discovery: adds every provider listed in
     * {@code META-INF/services/io.github.commissioningvfm.unitcosts.spi.UnitCostProvider} on the
     * thread's context class loader (providers already added are skipped).
     *
     * @return this builder
     */
    public Builder discoverProviders() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return discoverProviders(loader == null ? UnitCosts.class.getClassLoader() : loader);
    }

    /**
     * Opts in to discovery with a given class loader.
     *
     * @param loader the class loader to search
     * @return this builder
     */
    public Builder discoverProviders(ClassLoader loader) {
      Args.notNull(loader, "loader");
      for (UnitCostProvider p : ServiceLoader.load(UnitCostProvider.class, loader)) {
        addIfAbsent(p);
      }
      return this;
    }

    private void addIfAbsent(UnitCostProvider provider) {
      for (UnitCostProvider p : providers) {
        if (p.getClass().equals(provider.getClass()) && p.name().equals(provider.name())) {
          return;
        }
      }
      providers.add(provider);
    }

    /**
     * Registers a provider.
     *
     * @param provider the provider
     * @return this builder
     * @throws DuplicateEditionException if a provider with the same name is registered
     */
    public Builder addProvider(UnitCostProvider provider) {
      Args.notNull(provider, "provider");
      for (UnitCostProvider p : providers) {
        if (p.name().equals(provider.name())) {
          throw new DuplicateEditionException("provider name '" + provider.name() + "'", describe(p),
              describe(provider));
        }
      }
      providers.add(provider);
      return this;
    }

    /**
     * Registers the editions listed in a manifest file.
     *
     * @param manifest the manifest, e.g. {@code local-costs/manifest.json}
     * @return this builder
     */
    public Builder addManifest(Path manifest) {
      Args.notNull(manifest, "manifest");
      return addProvider(ManifestProvider.ofDirectory(manifest.toString(), manifest));
    }

    /**
     * Registers one table edition.
     *
     * @param table the table
     * @return this builder
     */
    public Builder addTable(UnitCostTable table) {
      tables.add(Args.notNull(table, "table"));
      return this;
    }

    /**
     * Registers one price-index edition.
     *
     * @param series the series
     * @return this builder
     */
    public Builder addIndex(PriceIndexSeries series) {
      indexList.add(Args.notNull(series, "series"));
      return this;
    }

    /**
     * Declares an alias: a key renamed across editions or a local name for a national key.
     *
     * @param alias the old or local key
     * @param key the key it stands for
     * @return this builder
     */
    public Builder alias(String alias, String key) {
      Args.notBlank(alias, "alias");
      Args.notBlank(key, "key");
      Args.check(!alias.equals(key), "alias", "differ from the key", alias);
      aliases.put(alias, key);
      return this;
    }

    /**
     * Loads and verifies every provider's editions and builds the catalogue.
     *
     * @return the catalogue
     * @throws DuplicateEditionException if two providers supply the same table or index edition
     */
    public UnitCosts build() {
      List<UnitCostTable> allTables = new ArrayList<>();
      List<PriceIndexSeries> allIndices = new ArrayList<>();
      Map<String, String> tableOwner = new HashMap<>();
      Map<PriceIndexId, String> indexOwner = new HashMap<>();
      List<String> names = new ArrayList<>();
      for (UnitCostProvider p : providers) {
        ProvidedData data = Args.notNull(p.load(), "data of provider " + p.name());
        names.add(p.name());
        register(data.tables(), data.indices(), describe(p), allTables, allIndices, tableOwner, indexOwner);
      }
      if (!tables.isEmpty() || !indexList.isEmpty()) {
        names.add(PROGRAMMATIC);
        register(tables, indexList, PROGRAMMATIC, allTables, allIndices, tableOwner, indexOwner);
      }
      return new UnitCosts(allTables, allIndices, aliases, names);
    }

    private static void register(List<UnitCostTable> newTables, List<PriceIndexSeries> newIndices, String owner,
        List<UnitCostTable> allTables, List<PriceIndexSeries> allIndices, Map<String, String> tableOwner,
        Map<PriceIndexId, String> indexOwner) {
      for (UnitCostTable t : newTables) {
        String previous = tableOwner.putIfAbsent(t.edition().label(), owner);
        if (previous != null) {
          throw new DuplicateEditionException("table edition " + t.edition().label(), previous, owner);
        }
        allTables.add(t);
      }
      for (PriceIndexSeries s : newIndices) {
        String previous = indexOwner.putIfAbsent(s.id(), owner);
        if (previous != null) {
          throw new DuplicateEditionException("price index edition " + s.id(), previous, owner);
        }
        allIndices.add(s);
      }
    }

    private static String describe(UnitCostProvider p) {
      return p.name() + " (" + p.getClass().getName() + ")";
    }
  }
}
