# Cross-check of the outcome regression (vfm-analytics, package ...vfm.outcomes.regression)
# against R's lm. Not run in CI. Run from the repository root:
#   Rscript benchmarks/peers/outcomes/ols-cross-check.R
# It writes the dataset and R's output into the test resources of vfm-analytics.
# HC1 and HC3 are computed by hand from the sandwich formulas (the sandwich package is not used).
out <- "vfm-analytics/src/test/resources/io/github/commissioningvfm/vfm/outcomes/regression"
dir.create(out, recursive = TRUE, showWarnings = FALSE)
set.seed(20250611)
n <- 150
baseline <- sample(8:36, n, replace = TRUE)
sessions <- sample(1:6, n, replace = TRUE)
gender <- sample(c("F", "M"), n, replace = TRUE)
pathway <- sample(c("Anxiety", "Anger", "Other"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2))
raw <- 6 - 0.45 * baseline - 0.9 * sessions + ifelse(gender == "M", 1, 0) +
  ifelse(pathway == "Anger", 1.5, ifelse(pathway == "Other", -0.8, 0)) +
  rnorm(n, 0, 1 + 0.08 * baseline)
final <- pmin(40, pmax(0, round(baseline + raw)))
# Age in years with one decimal, drawn last so that the columns above keep their values.
age <- round(runif(n, 7, 17.9), 1)
d <- data.frame(participant_id = sprintf("R%03d", seq_len(n)), gender = gender, pathway = pathway,
                sdq_initial = baseline, sdq_final = final, sessions_attended = sessions, age = age)
write.csv(d, file.path(out, "r-ols-data.csv"), row.names = FALSE, quote = FALSE)

d$change <- d$sdq_final - d$sdq_initial
d$gender <- relevel(factor(d$gender), ref = "F")
d$pathway <- relevel(factor(d$pathway), ref = "Anxiety")
# One table per model: categorical covariates only, then with the numeric covariate age.
write_fit <- function(fit, stem) {
  X <- model.matrix(fit)
  e <- residuals(fit)
  h <- hatvalues(fit)
  p <- ncol(X)
  bread <- solve(crossprod(X))
  hc0 <- bread %*% crossprod(X * e) %*% bread
  hc1 <- hc0 * n / (n - p)
  hc3 <- bread %*% crossprod(X * (e / (1 - h))) %*% bread
  s <- summary(fit)
  tab <- data.frame(term = rownames(s$coefficients),
                    estimate = s$coefficients[, 1], se = s$coefficients[, 2],
                    t = s$coefficients[, 3], p = s$coefficients[, 4],
                    se_hc1 = sqrt(diag(hc1)), se_hc3 = sqrt(diag(hc3)))
  write.csv(format(tab, digits = 15), file.path(out, paste0(stem, "-coefficients.csv")), row.names = FALSE,
            quote = FALSE)
  sink(file.path(out, paste0(stem, "-summary.txt")))
  print(R.version.string)
  print(s, digits = 10)
  cat("r.squared", format(s$r.squared, digits = 15), "\n")
  cat("adj.r.squared", format(s$adj.r.squared, digits = 15), "\n")
  cat("sigma", format(s$sigma, digits = 15), "\n")
  print(tab, digits = 10)
  sink()
}
write_fit(lm(change ~ sdq_initial + sessions_attended + gender + pathway, data = d), "r-ols")
write_fit(lm(change ~ sdq_initial + sessions_attended + age + gender + pathway, data = d), "r-ols-age")
# Descriptive table of the covariates (sd with the n - 1 divisor).
desc <- data.frame(covariate = c("baseline", "sessions", "age"),
                   n = n,
                   mean = c(mean(d$sdq_initial), mean(d$sessions_attended), mean(d$age)),
                   sd = c(sd(d$sdq_initial), sd(d$sessions_attended), sd(d$age)),
                   min = c(min(d$sdq_initial), min(d$sessions_attended), min(d$age)),
                   max = c(max(d$sdq_initial), max(d$sessions_attended), max(d$age)))
write.csv(format(desc, digits = 15), file.path(out, "r-ols-age-describe.csv"), row.names = FALSE, quote = FALSE)
