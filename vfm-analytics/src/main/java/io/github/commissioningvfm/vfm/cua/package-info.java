/**
 * Cost-utility analysis: incremental analysis of any number of strategies by cost and QALYs, net
 * benefit at stated thresholds, NICE's thresholds as versioned reference data, and the analysis of
 * probabilistic simulations (the library's own or brought from another model).
 *
 * <ul>
 *   <li>strategies are classified as on the efficient frontier, dominated or extendedly dominated by
 *       the method of {@code vfm.frontier} (one {@code Dominance} vocabulary with {@code vfm.cea});</li>
 *   <li>{@code ICER_k = (C_k - C_{k-1}) / (E_k - E_{k-1})} between consecutive frontier strategies;</li>
 *   <li>net monetary benefit {@code NMB = lambda E - C}, net health benefit
 *       {@code NHB = E - C / lambda}; the strategy with the highest expected NMB at {@code lambda} is the
 *       optimal one;</li>
 *   <li>from {@code N} simulations: the cost-effectiveness acceptability curve
 *       {@code P_j(lambda) = (1/N) #{i : NMB_ij = max_k NMB_ik}}, the acceptability frontier (the
 *       probability of the strategy with the highest expected NMB), and the cost-effectiveness plane
 *       (incremental cost and effect of each strategy against a reference in each simulation).</li>
 * </ul>
 */
package io.github.commissioningvfm.vfm.cua;
