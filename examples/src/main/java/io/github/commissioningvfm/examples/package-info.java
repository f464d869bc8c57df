/**
 * Runnable worked examples. {@link io.github.commissioningvfm.examples.RunAllExamples} runs every
 * example and prints a summary; each example also has its own {@code main}.
 */
package io.github.commissioningvfm.examples;
