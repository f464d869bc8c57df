/**
 * JSON for every model type, through Jackson: {@link
 * io.github.commissioningvfm.model.jackson.CommissioningVfmModule}, found by
 * {@code ObjectMapper.findAndRegisterModules()} or registered by hand.
 *
 * <p>Money is written as an object whose amount is a decimal string,
 * {@code {"amount":"1234.56","currency":"GBP"}} (a {@code Cost} adds {@code "priceBase"}), never a
 * floating-point number; financial years, quarters, ranges and rates in their parseable text
 * forms; dates in ISO form.
 * The sealed families (payment mechanisms, agreements, agreement changes, organisations) carry a
 * {@code "kind"} property naming the member, from a closed list: there is no polymorphic default
 * typing. In the model's own objects unknown fields, missing fields, nulls, fractions for whole
 * numbers and duplicated keys are errors; the host mapper's features are never changed.
 * This is the only package that refers to Jackson; Jackson is an optional dependency.
 */
package io.github.commissioningvfm.model.jackson;
