/**
 * Reading NHS National Cost Collection files as published or exported (two header rows, byte
 * order marks, padded codes, thousands separators) into unit-cost tables.
 */
package io.github.commissioningvfm.unitcosts.ncc;
