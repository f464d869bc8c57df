# Cross-check of the library's EVPI and regression EVPPI against a generalised additive model, the
# smoother Strong, Oakley and Brennan (2014, Med Decis Making 34(3):311-326) recommend, fitted with
# mgcv on the same simulations. Input: the simulations.csv the cost-utility example writes
# (examples/target/reports/cost-utility/simulations.csv); threshold 20,000 per QALY.
# Run: Rscript benchmarks/peers/markov/evppi-cross-check.R [simulations.csv]
library(mgcv)
args <- commandArgs(trailingOnly = TRUE)
file <- if (length(args) > 0) args[1] else "examples/target/reports/cost-utility/simulations.csv"
d <- read.csv(file, check.names = FALSE)
lambda <- 20000
strategies <- sub("^cost_", "", grep("^cost_", names(d), value = TRUE))
nb <- sapply(strategies, function(s) lambda * d[[paste0("effect_", s)]] - d[[paste0("cost_", s)]])
evpi <- mean(apply(nb, 1, max)) - max(colMeans(nb))
cat(sprintf("EVPI at %d per QALY: %.2f per person (%d simulations)\n", lambda, evpi, nrow(d)))
evppi_gam <- function(inputs) {
  inb <- nb[, -1, drop = FALSE] - nb[, 1]
  rhs <- if (length(inputs) == 1) sprintf("s(%s)", inputs) else sprintf("te(%s)", paste(inputs, collapse = ", "))
  fitted <- sapply(seq_len(ncol(inb)), function(j) {
    y <- inb[, j]
    fitted(gam(as.formula(paste("y ~", rhs)), data = d))
  })
  g <- cbind(0, fitted)
  mean(apply(g, 1, max)) - max(colMeans(g))
}
for (group in list(c("rrHaven", "rrHome"), c("uStable", "uUnwell", "uCrisis"))) {
  cat(sprintf("EVPPI (GAM) of %s: %.2f per person\n", paste(group, collapse = ", "), evppi_gam(group)))
}
