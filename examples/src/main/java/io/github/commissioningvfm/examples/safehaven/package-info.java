/**
 * The {@code safe-haven} worked example: a crisis alternative service's return on investment from
 * contact records on seeded synthetic data, computed as the evaluation computed it: each stated
 * alternative valued from each year's own published edition (the nearest edition rebased with the
 * GDP deflator where a year has none), the return per year and over all years, each alternative's
 * own return (its unit cost / the programme cost per contact), and the programme's cost per contact
 * beside the national figure for crisis cafe and safe haven contacts. The report opens with a
 * bottom line for a board.
 */
package io.github.commissioningvfm.examples.safehaven;
