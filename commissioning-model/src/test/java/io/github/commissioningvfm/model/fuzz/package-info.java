/** Fuzzing of the model's text parsers and of the CSV reader. */
package io.github.commissioningvfm.model.fuzz;
