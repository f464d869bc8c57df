/**
 * Value of information from probabilistic simulations: what resolving uncertainty would be worth.
 *
 * <p>With {@code NB_d(i) = lambda E_d(i) - C_d(i)} the net monetary benefit of strategy {@code d} in
 * simulation {@code i = 1..N}:
 * <ul>
 *   <li>expected value of perfect information per person:
 *       {@code EVPI = mean_i max_d NB_d(i) - max_d mean_i NB_d(i)};</li>
 *   <li>population EVPI: the per-person value times the discounted number of people who will face
 *       the decision, {@code sum_{t=0..H-1} I D(t)} for annual incidence {@code I} over {@code H} years
 *       ({@link PopulationScale});</li>
 *   <li>expected value of partial perfect information for inputs {@code phi}:
 *       {@code EVPPI = E_phi[max_d E(NB_d | phi)] - max_d E(NB_d)}, estimated without nested
 *       simulation from the same {@code N} simulations, either by the sorting method of Strong and
 *       Oakley (2013) for a single input or by regression of net benefit on the inputs as in
 *       Strong, Oakley and Brennan (2014) ({@link ValueOfInformation}).</li>
 * </ul>
 */
package io.github.commissioningvfm.vfm.voi;
