/**
 * The {@code appraisal} worked example: a ten-year cost-benefit appraisal of funding a VCSE crisis
 * service against the status quo, with Green Book discounting, optimism bias, who pays and who
 * saves, a tornado of one-way sensitivities and a probabilistic sensitivity analysis with its
 * acceptability curve.
 */
package io.github.commissioningvfm.examples.appraisal;
