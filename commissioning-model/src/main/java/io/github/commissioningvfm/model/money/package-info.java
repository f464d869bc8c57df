/**
 * Exact amounts of money in pounds sterling, and costs that carry their price base.
 *
 * <p>Three types, after Joda-Money's split between a fixed-scale and an unbounded amount:
 * <ul>
 *   <li>{@link io.github.commissioningvfm.model.money.Money}: GBP at the invariant scale of two
 *       decimal places (pence), the form in which figures are reported, stored and exchanged;</li>
 *   <li>{@link io.github.commissioningvfm.model.money.BigMoney}: GBP at any scale, for chained
 *       arithmetic such as unit cost x volume x index ratio x discount factor, where rounding each
 *       step to the penny would accumulate error;</li>
 *   <li>{@link io.github.commissioningvfm.model.money.Cost}: an amount in the prices of one
 *       financial year (its price base). Costs in different price bases cannot be added or
 *       compared: the attempt throws
 *       {@link io.github.commissioningvfm.model.money.PriceBaseMismatchException}.</li>
 * </ul>
 *
 * <p><b>Rounding policy.</b> No operation rounds silently. A lossy operation either takes a
 * {@link java.math.RoundingMode} or is documented to round half-up to the penny
 * ({@link java.math.RoundingMode#HALF_UP}), which is the default at reporting boundaries
 * ({@link io.github.commissioningvfm.model.money.BigMoney#toMoney()}). Division of unbounded amounts
 * uses {@link java.math.MathContext#DECIMAL128} (34 significant digits) unless told otherwise.
 */
package io.github.commissioningvfm.model.money;
