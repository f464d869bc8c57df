# Peer of benchmarks/src/main/java/io/github/commissioningvfm/benchmarks/markov/FourStateModel.java:
# the same 4-state, 3-strategy, 75-cycle cohort model (illustrative figures), written in vectorised
# base R (no packages). Prints the deterministic base case, a 10,000-simulation PSA summary and the
# timings of both. Run: Rscript benchmarks/peers/markov/markov.R
n_cycles <- 75
states <- c("Well", "Mild", "Severe", "Dead")
strategies <- c("usual care", "therapy", "intensive")
wcc <- c(0.5, rep(1, n_cycles - 1), 0.5)            # half-cycle correction (trapezoidal)
disc <- 1 / 1.035^(0:n_cycles)                        # NICE 3.5% for costs and QALYs

gamma_mom <- function(m, se) c(shape = m^2 / se^2, scale = se^2 / m)
beta_mom <- function(m, se) { k <- m * (1 - m) / se^2 - 1; c(a = m * k, b = (1 - m) * k) }
rdirichlet <- function(n, a) {
  g <- matrix(rgamma(n * length(a), shape = rep(a, n)), ncol = length(a), byrow = TRUE)
  g / rowSums(g)
}

# Parameters as a list of vectors, one entry per simulation
draw <- function(n) {
  w <- rdirichlet(n, c(850, 140, 10)); m <- rdirichlet(n, c(300, 550, 120, 30)); s <- rdirichlet(n, c(900, 100))
  cg <- rbind(gamma_mom(200, 20), gamma_mom(1500, 150), gamma_mom(4000, 400))
  ub <- rbind(beta_mom(0.95, 0.02), beta_mom(0.75, 0.02), beta_mom(0.50, 0.02))
  list(ww = w[, 1], wm = w[, 2], wd = w[, 3], mw = m[, 1], mm = m[, 2], ms = m[, 3], md = m[, 4],
       ss = s[, 1], sd = s[, 2],
       c0 = rgamma(n, shape = cg[1, 1], scale = cg[1, 2]), c1 = rgamma(n, shape = cg[2, 1], scale = cg[2, 2]),
       c2 = rgamma(n, shape = cg[3, 1], scale = cg[3, 2]),
       u0 = rbeta(n, ub[1, 1], ub[1, 2]), u1 = rbeta(n, ub[2, 1], ub[2, 2]), u2 = rbeta(n, ub[3, 1], ub[3, 2]),
       hr = rlnorm(n, log(0.6), 0.1))
}
base_case <- function() {
  list(ww = 0.85, wm = 0.14, wd = 0.01, mw = 0.3, mm = 0.55, ms = 0.12, md = 0.03, ss = 0.9, sd = 0.1,
       c0 = 200, c1 = 1500, c2 = 4000, u0 = 0.95, u1 = 0.75, u2 = 0.5, hr = 0.6)
}

# Runs one strategy for every simulation at once; P is a 4 x 4 list of vectors (or scalars)
run <- function(P, cost, util, n) {
  m <- matrix(0, n, 4); m[, 1] <- 1
  tc <- numeric(n); tq <- numeric(n)
  for (t in 0:n_cycles) {
    if (t > 0) {
      nx <- matrix(0, n, 4)
      for (j in 1:4) for (i in 1:4) if (!identical(P[[i, j]], 0)) nx[, j] <- nx[, j] + m[, i] * P[[i, j]]
      m <- nx
    }
    k <- wcc[t + 1] * disc[t + 1]
    tc <- tc + k * (m[, 1] * cost[[1]] + m[, 2] * cost[[2]] + m[, 3] * cost[[3]])
    tq <- tq + k * (m[, 1] * util[[1]] + m[, 2] * util[[2]] + m[, 3] * util[[3]])
  }
  cbind(cost = tc, qaly = tq)
}

model <- function(p, n) {
  P <- matrix(list(0), 4, 4)
  P[[1, 1]] <- p$ww; P[[1, 2]] <- p$wm; P[[1, 4]] <- p$wd
  P[[2, 1]] <- p$mw; P[[2, 2]] <- p$mm; P[[2, 3]] <- p$ms; P[[2, 4]] <- p$md
  P[[3, 3]] <- p$ss; P[[3, 4]] <- p$sd; P[[4, 4]] <- 1
  Pi <- P
  severe <- 1 - (1 - p$ms)^p$hr                       # hazard ratio on the rate scale
  Pi[[2, 3]] <- severe; Pi[[2, 2]] <- p$mm + p$ms - severe
  list(
    "usual care" = run(P, list(p$c0, p$c1, p$c2), list(p$u0, p$u1, p$u2), n),
    "therapy" = run(P, list(p$c0, p$c1 + 600, p$c2 + 600), list(p$u0, pmin(1, p$u1 + 0.05), p$u2), n),
    "intensive" = run(Pi, list(p$c0, p$c1 + 1200, p$c2 + 1200), list(p$u0, p$u1, p$u2), n))
}

det <- model(base_case(), 1)
cat("Deterministic base case (per person)\n")
for (s in strategies) cat(sprintf("  %-10s cost %10.2f  QALYs %.4f\n", s, det[[s]][1, "cost"], det[[s]][1, "qaly"]))
reps <- 200
t_det <- system.time(for (r in 1:reps) model(base_case(), 1))[["elapsed"]] / reps
cat(sprintf("Deterministic run: %.1f us per run (mean of %d)\n", t_det * 1e6, reps))

set.seed(2026)
n_sim <- 10000
t_psa <- system.time({ p <- draw(n_sim); psa <- model(p, n_sim) })[["elapsed"]]
cat(sprintf("PSA of %d simulations: %.3f s (vectorised over simulations, one thread)\n", n_sim, t_psa))
for (s in strategies) cat(sprintf("  %-10s mean cost %10.2f  mean QALYs %.4f\n", s, mean(psa[[s]][, "cost"]),
                                  mean(psa[[s]][, "qaly"])))
nmb <- sapply(strategies, function(s) 20000 * psa[[s]][, "qaly"] - psa[[s]][, "cost"])
cat(sprintf("At 20,000 per QALY: P(best) %s; EVPI %.2f per person\n",
            paste(sprintf("%s %.3f", strategies, tabulate(max.col(nmb, "first"), 3) / n_sim), collapse = ", "),
            mean(apply(nmb, 1, max)) - max(colMeans(nmb))))
