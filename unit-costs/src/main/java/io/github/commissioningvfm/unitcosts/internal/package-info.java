/**
 * Reading and verifying table files: the CSV parser, a strict JSON reader, the table readers,
 * manifest loading with SHA-256 checks, edition ordering and close-match search. Internal to the
 * library; nothing here depends on a third-party parser.
 */
package io.github.commissioningvfm.unitcosts.internal;
