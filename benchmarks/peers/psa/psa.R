# PSA of the crisis-service appraisal in base R: draw each of the twenty inputs as a vector,
# evaluate the ten-year, three-option model as vector arithmetic, summarise NPV and ROI and the
# acceptability curve. The model and its formulas are those of psa.py beside this file.
# Usage: Rscript psa.R <input folder>
source(file.path(local({
  a <- commandArgs(trailingOnly = FALSE)
  dirname(dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)]))))
}), "peerio.R"))
SERVICES <- c("A&E", "ambulance", "AMHT", "GP")
OPTIONS <- c("crisis cafe" = "cafe ", "phone line" = "line ")
COUNTERFACTUAL <- "status quo"

draw <- function(spec, n) {
  p1 <- spec$p1
  p2 <- spec$p2
  p3 <- spec$p3
  switch(spec$distribution,
    lognormal = rlnorm(n, p1, p2),
    gamma = rgamma(n, shape = p1, scale = p2),
    beta = rbeta(n, p1, p2),
    pert = p1 + (p3 - p1) * rbeta(n, 1 + 4 * (p2 - p1) / (p3 - p1), 1 + 4 * (p3 - p2) / (p3 - p1)),
    triangular = {
      # inverse of the triangular distribution function
      u <- runif(n)
      cut <- (p2 - p1) / (p3 - p1)
      ifelse(u < cut, p1 + sqrt(u * (p3 - p1) * (p2 - p1)), p3 - sqrt((1 - u) * (p3 - p1) * (p3 - p2)))
    },
    uniform = runif(n, p1, p2),
    normal = rnorm(n, p1, p2),
    stop("unknown distribution ", spec$distribution))
}

evaluate <- function(v, years, rate) {
  t <- seq_len(years) - 1
  discount <- (1 + rate)^-t
  fade <- outer(1 - v[["dropOff"]], t, `^`)
  pv_fade <- drop(fade %*% discount)
  sum_fade <- rowSums(fade)
  lapply(OPTIONS, function(p) {
    gross <- Reduce(`+`, lapply(SERVICES, function(s) v[[paste0(p, "volume ", s)]] * v[[paste0("unit ", s)]])) +
      v[["wellbeing"]] * v[[paste0(p, "volume GP")]]
    gross <- gross * (1 - v[[paste0(p, "deadweight")]])
    extra <- v[[paste0(p, "staff")]] * v[["overrun"]] - v[["status quo cost"]]
    list(d_costs = extra * sum(discount), d_benefits = gross * pv_fade, returns = gross * sum_fade,
         investment = extra * years)
  })
}

start <- proc.time()[["elapsed"]]
folder <- commandArgs(trailingOnly = TRUE)[1]
cfg <- peer_settings(folder)
specs <- read.csv(file.path(folder, "inputs.csv"), stringsAsFactors = FALSE, check.names = FALSE)
n <- as.integer(cfg$iterations)
years <- as.integer(cfg$years)
rate <- as.numeric(cfg$discount_rate)
thresholds <- as.numeric(strsplit(cfg$thresholds, ";")[[1]])
set.seed(as.integer(cfg$seed))
values <- setNames(lapply(seq_len(nrow(specs)), function(i) draw(specs[i, ], n)), specs$name)
sim <- evaluate(values, years, rate)
base <- evaluate(setNames(as.list(specs$base), specs$name), years, rate)
curve <- lapply(thresholds, function(lam) {
  nb <- cbind(0, sapply(names(OPTIONS), function(o) lam * sim[[o]]$d_benefits - sim[[o]]$d_costs))
  best <- tabulate(max.col(nb, ties.method = "first"), ncol(nb)) / n
  means <- colMeans(nb)
  list(lam = lam, best = best, means = means, sds = apply(nb, 2, sd),
       evpi = max(0, mean(do.call(pmax, lapply(seq_len(ncol(nb)), function(j) nb[, j]))) - max(means)))
})
elapsed("work", start)

for (o in names(OPTIONS)) {
  b <- base[[o]]
  put(paste0("base.", o, ".npv"), b$d_benefits - b$d_costs)
  put(paste0("base.", o, ".roi"), b$returns / b$investment)
  s <- sim[[o]]
  npv <- s$d_benefits - s$d_costs
  defined <- s$investment > 0
  roi <- s$returns[defined] / s$investment[defined]
  k <- paste0("option.", o, ".")
  put_simulated(paste0(k, "mean_npv"), mean(npv), sd(npv) / sqrt(n))
  put_simulated(paste0(k, "sd_npv"), sd(npv), sd(npv) / sqrt(2 * (n - 1)))
  p <- mean(npv > 0)
  put_simulated(paste0(k, "p_npv_positive"), p, sqrt(p * (1 - p) / n))
  put_simulated(paste0(k, "mean_roi"), mean(roi), sd(roi) / sqrt(length(roi)))
  above <- sum(roi > 1) / n
  put_simulated(paste0(k, "p_roi_above_one"), above, sqrt(above * (1 - above) / n))
}
names_all <- c(COUNTERFACTUAL, names(OPTIONS))
# thresholds keyed as Java and Python print a double: 1 as "1.0"
label <- function(x) if (x == round(x)) sprintf("%.1f", x) else as.character(x)
for (c in curve) {
  for (j in seq_along(names_all)) {
    k <- paste0("ceac.", label(c$lam), ".", names_all[j], ".")
    put_simulated(paste0(k, "p_best"), c$best[j], sqrt(c$best[j] * (1 - c$best[j]) / n))
    put_simulated(paste0(k, "expected_nb"), c$means[[j]], c$sds[[j]] / sqrt(n))
  }
  put(paste0("info.ceac.", label(c$lam), ".evpi"), c$evpi)
}
