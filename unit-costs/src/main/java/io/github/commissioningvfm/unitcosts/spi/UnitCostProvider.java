package io.github.commissioningvfm.unitcosts.spi;

/**
 * A supplier of unit-cost table editions and price-index editions, shaped like
 * {@code java.time.zone.ZoneRulesProvider}: each edition it supplies is immutable once
 * published, and a correction is supplied as a new edition.
 *
 * <p>Register a provider programmatically with
 * {@code UnitCosts.builder().addProvider(...)}, or list it in
 * {@code META-INF/services/io.github.commissioningvfm.unitcosts.spi.UnitCostProvider} and opt in
 * to discovery with {@code UnitCosts.builder().discoverProviders()}. Providers that return true
 * from {@link #standardData()} (the library's own data artifacts, such as
 * {@code unit-costs-pssru}) are also part of {@code UnitCosts.standard()} when on the class path.
 * Two providers supplying the same edition are rejected, naming both.
 *
 * @since 0.1.0
 */
public interface UnitCostProvider {

  /**
   * A name for messages, unique among registered providers, e.g. "PSSRU Unit Costs (unit-costs-pssru)".
   *
   * @return the name
   */
  String name();

  /**
   * Loads and verifies the provider's editions. Called at most once per catalogue, when the
   * catalogue is built.
   *
   * @return the editions
   */
  ProvidedData load();

  /**
   * Loads and verifies only the editions of one price index, for a start-up that needs an index and
   * no tables ({@code UnitCosts.standardIndex}). The default loads everything and keeps those
   * editions; a provider that can read less should.
   *
   * @param index the index id, e.g. "hmt-gdp-deflator"
   * @return the index's editions (no tables); empty when the provider has none
   */
  default ProvidedData loadIndex(String index) {
    ProvidedData all = load();
    return new ProvidedData(java.util.List.of(),
        all.indices().stream().filter(s -> s.index().equals(index)).toList());
  }

  /**
   * Whether this provider is one of the library's own data artifacts, included in
   * {@code UnitCosts.standard()}. Integrators' providers leave this false and are found only by
   * explicit registration or opt-in discovery.
   *
   * @return false unless the provider ships with the library
   */
  default boolean standardData() {
    return false;
  }
}
