/**
 * The {@code safe-haven} worked example: a crisis alternative service's return on investment from
 * contact records on seeded synthetic data, each stated alternative valued at a declared unit cost
 * rebased to the contact's financial year, and the programme's own cost per contact beside the
 * national benchmark for crisis cafe and safe haven contacts.
 */
package io.github.commissioningvfm.examples.safehaven;
