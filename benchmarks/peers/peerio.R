# Shared by the R peers: settings.csv, key=value output with full precision, timers.
peer_settings <- function(folder) {
  s <- read.csv(file.path(folder, "settings.csv"), colClasses = "character", strip.white = TRUE)
  setNames(as.list(s$value), s$key)
}
# 17 significant digits round-trip a double exactly
put <- function(key, value) {
  text <- if (is.numeric(value) && !is.integer(value) && value != round(value)) sprintf("%.17g", value)
          else if (is.numeric(value)) format(value, scientific = FALSE, digits = 17) else as.character(value)
  cat(key, "=", text, "\n", sep = "")
}
put_simulated <- function(key, value, se = NULL) {
  put(paste0("mc.", key), value)
  if (!is.null(se)) put(paste0("mcse.", key), se)
}
elapsed <- function(what, start) {
  cat(sprintf("time.%s_ms=%.3f\n", what, (proc.time()[["elapsed"]] - start) * 1000))
}
