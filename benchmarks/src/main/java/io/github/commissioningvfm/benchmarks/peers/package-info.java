/**
 * Side-by-side comparison with the tools analysts use instead (R with data.table, boot and
 * sandwich; Python with pandas, numpy and statsmodels): a seeded generator of the input files
 * ({@link io.github.commissioningvfm.benchmarks.peers.PeerInputs}) and one thin whole-process
 * runner per workload that reads those files through the library's public API and prints its
 * figures as {@code key=value} lines. {@code benchmarks/run-peers.sh} runs them against the R and
 * Python versions in {@code benchmarks/peers/}; see {@code benchmarks/peers/README.md}.
 */
package io.github.commissioningvfm.benchmarks.peers;
