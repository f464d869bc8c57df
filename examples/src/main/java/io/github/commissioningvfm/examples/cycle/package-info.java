/**
 * The {@code commissioning-cycle} worked example: a crisis service's commissioning history
 * recorded as dated events in concurrent cycles, and what the cycle check finds (stages skipped,
 * contradictions, roll-overs confirmed at the end of March, evaluations that fed nothing).
 */
package io.github.commissioningvfm.examples.cycle;
