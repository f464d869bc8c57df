/**
 * JSON for every model type, through Jackson: {@link
 * io.github.commissioningvfm.model.jackson.CommissioningVfmModule}, found by
 * {@code ObjectMapper.findAndRegisterModules()} or registered by hand.
 *
 * <p>Money is written as a string ({@code "GBP 1234.56"}), never a floating-point number;
 * financial years, quarters, ranges and rates in their parseable text forms; dates in ISO form.
 * The sealed families (payment mechanisms, agreements, agreement changes, organisations) carry a
 * {@code "kind"} property naming the member, from a closed list: there is no polymorphic default
 * typing. Unknown fields, missing fields and nulls where a primitive is expected are errors.
 * This is the only package that refers to Jackson; Jackson is an optional dependency.
 */
package io.github.commissioningvfm.model.jackson;
