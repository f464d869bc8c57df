# Counterfactual ROI by financial year and stated alternative with data.table; the rules and
# formulas are those of roi.py beside this file. Usage: Rscript roi.R <input folder>
suppressPackageStartupMessages(library(data.table))
source(file.path(local({
  a <- commandArgs(trailingOnly = FALSE)
  dirname(dirname(normalizePath(sub("^--file=", "", a[grep("^--file=", a)]))))
}), "peerio.R"))
YES <- c("yes", "y", "true", "1", "attended")
NA_TEXT <- c("n/a", "na", "n.a.", "null")

financial_year <- function(text) {
  t <- trimws(text)
  m <- regmatches(t, regexec("^([0-9]{4})[/-]([0-9]{2}|[0-9]{4})$", t))
  vapply(m, function(g) {
    if (length(g) == 0) return(NA_character_)
    first <- as.integer(g[2])
    second <- as.integer(g[3])
    follows <- if (nchar(g[3]) == 2) second == (first + 1) %% 100 else second == first + 1
    if (follows && first >= 1900 && first <= 2998) sprintf("%d/%02d", first, (first + 1) %% 100) else NA_character_
  }, "")
}

start <- proc.time()[["elapsed"]]
folder <- commandArgs(trailingOnly = TRUE)[1]
costs <- fread(file.path(folder, "costs.csv"), colClasses = "character", na.strings = NULL)
costs[, key := tolower(trimws(alternative))]
units <- costs[kind == "unit", .(key, financial_year, unit = as.numeric(amount))]
zeros <- costs[kind == "zero", key]
programme <- costs[kind == "programme", setNames(as.numeric(amount), financial_year)]
c <- fread(file.path(folder, "contacts.csv"), colClasses = "character", na.strings = NULL, strip.white = FALSE,
           select = c("financial_year", "attended", "alternative"))
elapsed("load", start)

# few distinct cells per column: classify each distinct text once, then index by match()
u <- unique(c$financial_year)
year <- financial_year(u)[match(c$financial_year, u)]
u <- unique(c$attended)
attended <- (tolower(trimws(u)) %in% YES)[match(c$attended, u)]
u <- unique(c$alternative)
clean <- trimws(u)
blank <- clean == "" | tolower(clean) %in% NA_TEXT
i <- match(c$alternative, u)
alt <- clean[i]
rules <- list("malformed-row" = rep(FALSE, nrow(c)),
              "invalid-date" = is.na(year),
              # the workload gives financial years, not dates, so no readable date can fall outside
              # the supported years; the rule is listed so that every rule's count is compared
              "date-out-of-range" = rep(FALSE, nrow(c)),
              "not-attended" = !attended,
              "blank-alternative" = blank[i],
              "invalid-alternative" = (startsWith(clean, "#") & !blank)[i])
excluded <- rep(FALSE, nrow(c))
counts <- integer(0)
for (rule in names(rules)) {
  first <- rules[[rule]] & !excluded
  counts[rule] <- sum(first)
  excluded <- excluded | first
}
keep <- !excluded
table <- data.table(financial_year = year[keep], alternative = alt[keep])[, .N, keyby = .(financial_year, alternative)]
table[, key := tolower(alternative)]
table <- merge(table, units, by = c("key", "financial_year"), all.x = TRUE, sort = FALSE)
table[key %in% zeros, unit := 0]
by_year <- table[, .(contacts = sum(N), unmapped = sum(N[is.na(unit)]), avoided = sum(N * unit, na.rm = TRUE)),
                 keyby = financial_year]
elapsed("work", start)

put("rows_read", nrow(c))
put("included", sum(keep))
for (rule in names(counts)) put(paste0("excluded.", rule), counts[[rule]])
for (r in seq_len(nrow(by_year))) {
  y <- by_year$financial_year[r]
  k <- paste0("year.", y, ".")
  p <- programme[[y]]
  put(paste0(k, "contacts"), by_year$contacts[r])
  put(paste0(k, "unmapped_contacts"), by_year$unmapped[r])
  put(paste0(k, "avoided_cost"), by_year$avoided[r])
  put(paste0(k, "programme_cost"), p)
  put(paste0(k, "roi_ratio"), by_year$avoided[r] / p)
  put(paste0(k, "net_roi"), (by_year$avoided[r] - p) / p)
}
for (r in seq_len(nrow(table))) {
  put(paste0("alternative.", table$financial_year[r], ".", table$alternative[r], ".contacts"), table$N[r])
}
