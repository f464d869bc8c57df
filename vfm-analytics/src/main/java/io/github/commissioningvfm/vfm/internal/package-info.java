/**
 * Shared internals of the value-for-money engine: seeded random streams that do not depend on the
 * thread count, parallel running that reports a failure as it was thrown, sample quantiles, and the
 * single adapter that keeps commons-math3 out of every public signature (normal and Student t
 * quantiles, root finding). Not part of
 * the supported API: classes here may change between minor versions.
 */
package io.github.commissioningvfm.vfm.internal;
