/**
 * Versioned, verified unit-cost tables and price indices for valuing service use in the prices of
 * a chosen year.
 *
 * <p>A {@link io.github.commissioningvfm.unitcosts.UnitCostTable} is one edition of one source
 * (e.g. the NHS National Cost Collection 2024/25): rows with stable keys, units, values with their
 * price base, and the place in the source each figure stands. Editions are never edited; a
 * correction is a new edition, and both stay available. A
 * {@link io.github.commissioningvfm.unitcosts.PriceIndexSeries} is one edition of a price index,
 * keyed by index, edition and year, because published index values are revised between editions.
 *
 * <p>{@link io.github.commissioningvfm.unitcosts.UnitCosts#standard()} is the catalogue of the
 * editions shipped with the library, loaded lazily and verified once against the SHA-256 and row
 * counts in each {@code manifest.json}. Every figure handed out carries its provenance (source,
 * edition, key, location), and rebasing it with
 * {@link io.github.commissioningvfm.unitcosts.PriceIndexSeries#inflatedTo(
 * io.github.commissioningvfm.model.provenance.SourcedCost,
 * io.github.commissioningvfm.model.time.FinancialYear)} appends the index, edition, years and
 * factor used: {@code C_b = C_a x L(b) / L(a)}.
 *
 * <p>Look-ups never guess: an unknown key throws
 * {@link io.github.commissioningvfm.unitcosts.UnitCostNotFoundException} listing close matches and
 * the editions that have the key, and a year outside an index throws
 * {@link io.github.commissioningvfm.unitcosts.IndexCoverageException} unless the caller passes an
 * explicit assumed rate. Local tables override national ones through
 * {@link io.github.commissioningvfm.unitcosts.UnitCostLookup#combinedWith(
 * io.github.commissioningvfm.unitcosts.UnitCostLookup)}: the first source wins.
 */
package io.github.commissioningvfm.unitcosts;
