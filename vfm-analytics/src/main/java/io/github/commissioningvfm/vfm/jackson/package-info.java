/**
 * JSON for the engine's types with Jackson (an optional dependency: add {@code jackson-databind} and
 * {@code jackson-datatype-jdk8} to use this package). Register
 * {@link io.github.commissioningvfm.vfm.jackson.VfmJacksonModule} on an {@code ObjectMapper}; it
 * brings the model's module and Jackson's JDK 8 module with it, and changes no mapper feature.
 *
 * <p>One form per type, and everything written reads back equal:
 * <ul>
 *   <li>a result is its record's fields plus {@code "resultType"} (the simple class name), e.g.
 *       {@code {"resultType": "CbaResult", "strategyId": "cba", "appraisalName": ..., "options": [...],
 *       "sources": [...], "assumptions": [...]}};</li>
 *   <li>a figure or table cell has a {@code "kind"}: {@code {"kind": "amount", "cost": <Cost>}},
 *       {@code {"kind": "ratio", "value": "1.1921"}} (decimals as strings, exact),
 *       {@code {"kind": "share", "value": 0.97}}, {@code {"kind": "count", "value": 3}},
 *       {@code {"kind": "quantity", "value": "12.5", "unit": "WELLBYs"}},
 *       {@code {"kind": "undefined", "reason": "..."}} or {@code {"kind": "text", "text": "..."}};</li>
 *   <li>costs, money, financial years and provenance in the model's forms;</li>
 *   <li>a batch cell has {@code "outcome": "success"} or {@code "failure"}.</li>
 * </ul>
 */
package io.github.commissioningvfm.vfm.jackson;
