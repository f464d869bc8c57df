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
 *   <li>a batch cell has {@code "outcome": "success"} or {@code "failure"};</li>
 *   <li>participant data ({@code ParticipantData}) by column, as its {@code ParticipantData.Columns}:
 *       {@code {"schema": {...}, "source": "cyp.csv", "lines": [2, 3, ...], "ids": ["P01", ...],
 *       "baseline": [20.0, ...], "followUp": [...], "sessions": [...], "epochDays": [...],
 *       "levels": [["F", "M"], ...], "categoryCodes": [[0, 1, ...], ...], "malformed": {"7": "expected 8
 *       fields but found 6"}, "problems": {"3": [{"line": 5, "column": "sdq_final", "raw": "", "issue":
 *       "BLANK"}]}, "trimmedCells": 1, "excelSerialDates": 1}} (rows are 0-based indices, lines
 *       1-based);</li>
 *   <li>cleaned data as {@code {"data": <participant data>, "included": [0, 1, 4, ...], "report":
 *       <exclusion report>}};</li>
 *   <li>a change result as {@code {"cleaned": <cleaned data>, "measure": <measure>, "improvements":
 *       [...], "meanImprovement": ..., "meanRawChange": ..., "categories": ..., "proportionMeaningful":
 *       ..., "meaningfulCount": 5}}.</li>
 * </ul>
 *
 * <p>Reading the patient-level forms checks them as the loader, the cleaner and the change analysis
 * make them, and refuses JSON that does not fit with a message naming the field, row and value: a
 * column with the wrong number of rows, a problem cell off its row's line, a category code outside
 * its levels, counts that do not add up ({@code rowsRead = included + excluded}), excluded rows that
 * are not the rows left out, or a change figure that does not follow from the cleaned data and the
 * measure (the result is recomputed on reading).
 *
 * <p>Audit reports of printed figures ({@code vfm.audit}) are written and read back as their record
 * components, each finding carrying a {@code "check"} property that names its type.
 */
package io.github.commissioningvfm.vfm.jackson;
