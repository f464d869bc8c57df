/**
 * Reading and verifying table files: the CSV and JSON readers, manifest loading with SHA-256
 * checks, edition ordering and close-match search. Internal to the library.
 */
package io.github.commissioningvfm.unitcosts.internal;
