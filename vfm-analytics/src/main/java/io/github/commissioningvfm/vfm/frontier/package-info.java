/**
 * The efficient frontier of options compared by cost and effect, shared by cost-effectiveness
 * rankings ({@code vfm.cea}) and incremental cost-utility analysis ({@code vfm.cua}).
 *
 * <ul>
 *   <li>options are sorted by cost, then by effect (higher first), then by their index;</li>
 *   <li>an option is <i>dominated</i> when an option that costs no more has at least its effect;</li>
 *   <li>among the rest, an option whose ICER against the previous one exceeds the next one's ICER is
 *       <i>extendedly dominated</i> (a mix of its neighbours would achieve more at the same cost); such
 *       options are removed one at a time, the first kink found first, until the ICERs
 *       {@code (C_k - C_{k-1}) / (E_k - E_{k-1})} increase along the frontier; two ICERs within a
 *       relative {@code 1e-12} count as equal;</li>
 *   <li>the remaining options form the efficient frontier, each after the first compared with the
 *       previous one.</li>
 * </ul>
 */
package io.github.commissioningvfm.vfm.frontier;
