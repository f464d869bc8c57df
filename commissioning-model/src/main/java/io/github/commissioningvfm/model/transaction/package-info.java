/**
 * The transaction costs of commissioning and being commissioned: staff hours spent by each party
 * on bidding, clarification, negotiation, mobilisation, monitoring returns and review meetings,
 * priced at an hourly rate; the value of a contract after them; whether a bid is worth making;
 * the reporting load an agreement imposes; and what an intermediary keeps when it on-grants.
 *
 * <p>Sheaff et al. (2024), HSDR 12(39): the hidden transaction costs of tendering and monitoring
 * deter smaller VCSEs (ch. 1, source line 663) and fall proportionately harder on them (ch. 5,
 * line 1723); some stop applying when only one provider will win (ch. 6, line 2285); commissioners
 * enlarge contracts to contain their own transaction workload (ch. 4, line 1302; ch. 6, line 2483).
 */
package io.github.commissioningvfm.model.transaction;
