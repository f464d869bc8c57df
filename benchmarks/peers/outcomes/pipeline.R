# Outcome pipeline with data.table and sandwich: load, clean (the library's rules, in its order),
# oriented change, value for money and OLS with classical, HC1 and HC3 standard errors.
# Usage: Rscript pipeline.R <input folder>
suppressPackageStartupMessages({
  library(data.table)
  library(sandwich)
})
source(file.path(local({
  a <- commandArgs(trailingOnly = FALSE)
  dirname(dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)]))))
}), "peerio.R"))
start <- proc.time()[["elapsed"]]
folder <- commandArgs(trailingOnly = TRUE)[1]
cfg <- peer_settings(folder)
NA_NUMBER <- c("n/a", "na", "n.a.", "null", "none", "-", "nan")
NA_TEXT <- c("n/a", "na", "n.a.", "null")
d <- fread(file.path(folder, "participants.csv"), colClasses = "character", na.strings = NULL,
           strip.white = FALSE,
           select = c("participant_id", "gender", "pathway", "sdq_initial", "sdq_final", "sessions_attended"))
elapsed("load", start)
analysis <- proc.time()[["elapsed"]]

# few distinct cells: classify each distinct text once, then index by match()
number <- function(x) {
  u <- unique(x)
  t <- trimws(u)
  missing <- t == "" | tolower(t) %in% NA_NUMBER
  plain <- grepl("^[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)$", t)
  value <- ifelse(plain, suppressWarnings(as.numeric(t)), NA_real_)
  i <- match(x, u)
  list(value = value[i], missing = missing[i], invalid = (!missing & !plain)[i])
}
category <- function(x) {
  u <- unique(x)
  t <- trimws(u)
  level <- ifelse(t == "" | tolower(t) %in% NA_TEXT, "(missing)", t)
  i <- match(x, u)
  list(level = level[i], error = startsWith(t, "#")[i])
}
ids <- trimws(d$participant_id)
id_issue <- ids == "" | tolower(ids) %in% NA_TEXT | startsWith(ids, "#")
base <- number(d$sdq_initial)
follow <- number(d$sdq_final)
sess <- number(d$sessions_attended)
sess_fraction <- !sess$missing & !sess$invalid & (sess$value != round(sess$value) | sess$value < 0)
sess_issue <- sess$missing | sess$invalid | sess_fraction
gender <- category(d$gender)
pathway <- category(d$pathway)
invalid_cell <- startsWith(ids, "#") | base$invalid | follow$invalid | sess$invalid | sess_fraction |
  gender$error | pathway$error
in_range <- function(v) !is.na(v) & v >= 0 & v <= 40
rules <- list("malformed-row" = rep(FALSE, nrow(d)),
              "never-attended" = !sess_issue & sess$value %in% 0,
              "missing-baseline" = base$missing,
              "missing-follow-up" = follow$missing,
              "invalid-cell" = invalid_cell | id_issue | sess_issue,
              "out-of-range" = !in_range(base$value) | !in_range(follow$value),
              "duplicate-participant" = duplicated(ids) & ids != "")
excluded <- rep(FALSE, nrow(d))
counts <- integer(0)
for (rule in names(rules)) {
  first <- rules[[rule]] & !excluded
  counts[rule] <- sum(first)
  excluded <- excluded | first
}
keep <- !excluded
n <- sum(keep)
b <- base$value[keep]
f <- follow$value[keep]
s <- sess$value[keep]
improvement <- b - f
raw <- f - b
level <- 0.95
t975 <- qt(1 - (1 - level) / 2, n - 1)
z975 <- qnorm(1 - (1 - level) / 2)
mean_t <- function(v) {
  m <- mean(v)
  se <- sqrt(sum((v - m)^2) / (n - 1) / n)
  c(m, m - t975 * se, m + t975 * se)
}
wilson <- function(k) {
  p <- k / n
  z2 <- z975^2
  centre <- (p + z2 / (2 * n)) / (1 + z2 / n)
  half <- z975 * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
  c(p, max(0, centre - half), min(1, centre + half))
}
programme <- as.numeric(cfg$programme_cost)
per_session <- programme / sum(s)
cost <- per_session * s
sum_imp <- sum(improvement)
sum_cost <- sum(cost)
unweighted <- mean_t(improvement / cost)
r <- sum_imp / sum_cost
se_r <- sqrt(sum((improvement - r * cost)^2) / (n * (n - 1))) / (sum_cost / n)
weighted <- c(r, r - t975 * se_r, r + t975 * se_r)

g <- gender$level[keep]
p <- pathway$level[keep]
model <- data.table(raw = raw, baseline = b, sessions = s,
                    gender = relevel(factor(g, levels = sort(unique(g), method = "radix")), ref = cfg$reference_gender),
                    pathway = relevel(factor(p, levels = sort(unique(p), method = "radix")),
                                      ref = cfg$reference_pathway))
fit <- lm(raw ~ baseline + sessions + gender + pathway, data = model)
se_classical <- sqrt(diag(vcov(fit)))
se_hc1 <- sqrt(diag(vcovHC(fit, type = "HC1")))
se_hc3 <- sqrt(diag(vcovHC(fit, type = "HC3")))
elapsed("analysis", analysis)
elapsed("work", start)

put("rows_read", nrow(d))
put("included", n)
for (rule in names(counts)) put(paste0("excluded.", rule), counts[[rule]])
figure <- function(key, v) {
  put(key, v[1])
  put(paste0(key, ".lower"), v[2])
  put(paste0(key, ".upper"), v[3])
}
figure("change.mean_improvement", mean_t(improvement))
figure("change.mean_raw_change", mean_t(raw))
improved <- sum(improvement > 0)
deteriorated <- sum(improvement < 0)
put("change.improved", improved)
put("change.unchanged", n - improved - deteriorated)
put("change.deteriorated", deteriorated)
figure("change.proportion_improved", wilson(improved))
put("vfm.total_improvement", sum_imp)
put("vfm.allocated_cost", sum_cost)
put("vfm.cost_per_session", per_session)
figure("vfm.unweighted_mean_vfm", unweighted)
figure("vfm.weighted_vfm", weighted)
figure("vfm.cost_per_point", c(sum_cost / sum_imp, 1 / weighted[3], 1 / weighted[2]))
put("ols.n", n)
put("ols.sigma", summary(fit)$sigma)
put("ols.r_squared", summary(fit)$r.squared)
# R names a dummy genderM; the library names it gender[M]
term <- function(name) {
  for (cat in c("gender", "pathway")) {
    if (startsWith(name, cat)) return(paste0(cat, "[", substring(name, nchar(cat) + 1), "]"))
  }
  name
}
co <- coef(fit)
for (j in seq_along(co)) {
  k <- paste0("ols.", term(names(co)[j]), ".")
  put(paste0(k, "estimate"), co[[j]])
  put(paste0(k, "se"), se_classical[[j]])
  put(paste0(k, "se_hc1"), se_hc1[[j]])
  put(paste0(k, "se_hc3"), se_hc3[[j]])
}
