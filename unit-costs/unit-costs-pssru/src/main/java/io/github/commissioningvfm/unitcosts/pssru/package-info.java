/**
 * The PSSRU Unit Costs of Health and Social Care tables and inflation indices as a unit-cost
 * provider, in a separate artifact because the data are licensed CC BY-NC-SA 4.0.
 */
package io.github.commissioningvfm.unitcosts.pssru;
