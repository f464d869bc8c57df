/**
 * Cost-effectiveness analysis: costs in money, outcomes in their natural units.
 *
 * <ul>
 *   <li>cost per unit of outcome = {@code C / E} (with {@code E} counting participants who achieve a
 *       reliable or clinically meaningful change, this is the cost per such participant);</li>
 *   <li>incremental cost-effectiveness ratio {@code ICER = (C1 - C0) / (E1 - E0)};</li>
 *   <li>net monetary benefit at a threshold {@code lambda}: {@code NMB = lambda x E - C}, and
 *       incremental {@code INMB = lambda x (E1 - E0) - (C1 - C0)};</li>
 *   <li>ranking of several options: sort by cost; an option that costs more and achieves no more
 *       than another is <i>dominated</i>; an option whose ICER against the previous non-dominated
 *       option is higher than the next option's ICER is <i>extendedly dominated</i> (a mix of its
 *       neighbours would do better); the remaining options form the efficient frontier, each with
 *       its ICER against the previous one (method and {@code Dominance} in {@code vfm.frontier},
 *       shared with cost-utility analysis).</li>
 * </ul>
 * An ICER with zero or negative effect difference is reported as undefined with its reason.
 */
package io.github.commissioningvfm.vfm.cea;
