/**
 * Helpers shared by the library's modules. Not part of the public API: names and signatures here
 * may change in any release.
 */
package io.github.commissioningvfm.model.internal;
