/**
 * The NHS and local-government financial year (1 April to 31 March), its quarters and ranges.
 *
 * <p>A financial year is written {@code "2024/25"}: the calendar year in which it starts, a slash,
 * and the last two digits of the year in which it ends. It is also the <em>price base</em> of a
 * cost (see {@link io.github.commissioningvfm.model.money.Cost}).
 */
package io.github.commissioningvfm.model.time;
