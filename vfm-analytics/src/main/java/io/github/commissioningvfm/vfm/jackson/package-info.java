/**
 * JSON output of results with Jackson (an optional dependency: add {@code jackson-databind} to use
 * this package). Register {@link io.github.commissioningvfm.vfm.jackson.VfmJacksonModule} on an
 * {@code ObjectMapper}; every {@link io.github.commissioningvfm.vfm.spi.VfmResult} is then written as
 * {@code {"strategyId", "appraisal", "tables": [{"title", "columns", "rows"}], "sources": [{"kind",
 * "description"}], "assumptions"}}, costs as {@code {"amount": "123.45", "priceBase": "2024/25"}} and
 * ratios as {@code {"defined": true, "value": "1.15"}} or {@code {"defined": false, "reason": "..."}}.
 * Audit reports of printed figures ({@code vfm.audit}) are written and read back as their record
 * components, each finding carrying a {@code "check"} property that names its type.
 */
package io.github.commissioningvfm.vfm.jackson;
