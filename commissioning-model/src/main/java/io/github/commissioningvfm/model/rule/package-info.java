/**
 * How the library's rule answers explain themselves: each answer carries the chain of
 * {@link io.github.commissioningvfm.model.rule.RuleStep}s that led to it, every step a question, its
 * answer in a commissioner's words, and the published rule it applies (document, edition,
 * section or regulation).
 */
package io.github.commissioningvfm.model.rule;
