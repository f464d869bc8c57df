/**
 * The provider interface through which table and index editions reach a catalogue: the library's
 * bundled data, the separately licensed PSSRU artifact, and integrators' own tables, all read
 * through the same manifest, checksum and row validation.
 */
package io.github.commissioningvfm.unitcosts.spi;
