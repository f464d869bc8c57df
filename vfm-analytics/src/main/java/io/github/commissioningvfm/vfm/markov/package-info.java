/**
 * Discrete-time cohort state-transition (Markov) models: a cohort moves between health states
 * once per cycle according to a transition matrix that may depend on the cycle and the strategy.
 *
 * <p>Notation: {@code n} states, {@code T} cycles of {@code L} years, trace rows
 * {@code m(0) .. m(T)} where {@code m(0)} is the starting cohort and
 * {@code m(k) = m(k-1) P(k)} for cycle {@code k = 1..T} ({@code P(k)} row-stochastic). The value
 * stream of a reward (cost per cycle {@code c_s(t)}, or utility per year {@code u_s(t)} times
 * {@code L}) at row {@code t} is {@code y(t) = sum_s m_s(t) r_s(t)}, and its total is
 * {@code Y = sum_{t=0..T} w(t) D(tL) y(t)} where {@code D} is the discount factor of the reward's
 * schedule at time {@code tL} years and {@code w} the weights of the {@link CountingConvention}.
 * Life-years are the same sum with {@code r_s = L} for every state that is not dead. One-off
 * transition rewards ({@code e_j}, paid on entering state {@code j} from another state) add
 * {@code sum_{k=1..T} D(kL) sum_j e_j sum_{i != j} m_i(k-1) P_ij(k)} to costs: they are events,
 * so they are not weighted by the counting convention.
 *
 * <p>Probabilities from rates and the rate-scale application of relative risks and hazard ratios
 * are in {@link Rates}; background mortality from a life table in {@link LifeTable}; tunnel
 * states (time-in-state dependence) in {@link Tunnel}.
 */
package io.github.commissioningvfm.vfm.markov;
