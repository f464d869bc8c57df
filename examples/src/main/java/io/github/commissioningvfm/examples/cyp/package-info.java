/**
 * The {@code cyp-self-help} worked example: the children and young people guided self-help case
 * study on seeded synthetic data, from a spreadsheet export with its debris to an audited
 * cleaning, oriented SDQ change, weighted and unweighted value for money with bootstrap
 * intervals, a regression, cost per clinically meaningful change and value by sessions attended.
 */
package io.github.commissioningvfm.examples.cyp;
