# Bootstrap of the cost-weighted VfM with boot: percentile and BCa intervals (type-7 quantiles of
# the replicates, as the library defines them), the BCa acceleration from the grouped jackknife the
# library uses above 5,000 participants (participant i in group i mod G).
# Usage: Rscript bootstrap.R <input folder>
suppressPackageStartupMessages({
  library(data.table)
  library(boot)
})
source(file.path(local({
  a <- commandArgs(trailingOnly = FALSE)
  dirname(dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)]))))
}), "peerio.R"))
start <- proc.time()[["elapsed"]]
folder <- commandArgs(trailingOnly = TRUE)[1]
cfg <- peer_settings(folder)
d <- fread(file.path(folder, "participants.csv"), select = c("sdq_initial", "sdq_final", "sessions_attended"))
y <- as.numeric(d$sdq_initial - d$sdq_final)
s <- as.numeric(d$sessions_attended)
x <- as.numeric(cfg$programme_cost) / sum(s) * s
n <- length(y)
B <- as.integer(cfg$resamples)
level <- as.numeric(cfg$level)
estimate <- sum(y) / sum(x)
set.seed(as.integer(cfg$seed))
yx <- cbind(y, x)
b <- boot(yx, function(data, i) sum(data[i, 1]) / sum(data[i, 2]), R = B, stype = "i")
reps <- b$t[, 1]
alpha <- 1 - level
percentile <- quantile(reps, c(alpha / 2, 1 - alpha / 2), type = 7, names = FALSE)
se <- sd(reps)
z0 <- qnorm(mean(reps < estimate))
G <- as.integer(cfg$jackknife_groups)
group <- (seq_len(n) - 1) %% G
jack <- (sum(y) - tapply(y, group, sum)) / (sum(x) - tapply(x, group, sum))
dev <- mean(jack) - jack
a <- sum(dev^3) / (6 * sum(dev^2)^1.5)
z <- qnorm(c(alpha / 2, 1 - alpha / 2))
bca <- quantile(reps, pnorm(z0 + (z0 + z) / (1 - a * (z0 + z))), type = 7, names = FALSE)
elapsed("work", start)

put("n", n)
put("estimate", estimate)
put_simulated("se", se, se / sqrt(2 * (B - 1)))
mcse <- se * sqrt(alpha / 2 * (1 - alpha / 2) / B) / dnorm(z[2])
put_simulated("percentile.lower", percentile[1], mcse)
put_simulated("percentile.upper", percentile[2], mcse)
put_simulated("bca.lower", bca[1], mcse)
put_simulated("bca.upper", bca[2], mcse)
put("info.acceleration", a)
put("info.z0", z0)
