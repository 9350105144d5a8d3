# Reference fits of metafor 3.8-1 on extreme magnitudes (issue 9, items 10-12).
# Run: Rscript make-extremes-meta.R  (writes extremes-meta.json next to this script)
suppressMessages({library(metafor); library(jsonlite)})
cases <- list(
  list(name = "huge_variances", yi = c(0.1, 0.5, 0.9), vi = c(1e300, 1e300, 1e300)),
  list(name = "huge_estimates", yi = c(1e300, -1e300, 5e299), vi = c(1, 1, 1)),
  list(name = "tiny_variances", yi = c(0.1, 0.5, 0.9), vi = c(1e-300, 1e-300, 1e-300)),
  list(name = "spread_variances", yi = c(0.1, 0.5, 0.9), vi = c(1e-300, 1, 1e300)),
  list(name = "large_estimates", yi = c(1e154, -1e154, 0), vi = c(1, 2, 3)))
methods <- c("EE", "DL", "REML", "ML", "EB", "PM", "HE", "HS", "HSk", "SJ")
num <- function(x) if (is.finite(x)) x else as.character(x)
fit1 <- function(cs, m) {
  setTimeLimit(elapsed = 20, transient = TRUE)
  on.exit(setTimeLimit(elapsed = Inf))
  r <- tryCatch(rma(cs$yi, cs$vi, method = m), error = function(e) e)
  setTimeLimit(elapsed = Inf)
  if (inherits(r, "error")) {
    msg <- conditionMessage(r)
    return(list(outcome = if (grepl("time limit", msg)) "no result (does not return)" else "error",
                message = msg))
  }
  out <- list(outcome = "fit", estimate = num(r$b[1]), se = num(r$se), ci_lb = num(r$ci.lb),
              ci_ub = num(r$ci.ub), tau2 = num(r$tau2), I2 = num(r$I2), H2 = num(r$H2),
              QE = num(r$QE))
  if (m != "EE") {
    ci <- tryCatch(suppressWarnings(confint(r)$random), error = function(e) NULL)
    if (!is.null(ci)) out$tau2_ci <- c(num(ci["tau^2", "ci.lb"]), num(ci["tau^2", "ci.ub"]))
  }
  out
}
res <- lapply(cases, function(cs) list(name = cs$name, yi = cs$yi, vi = cs$vi,
  fits = setNames(lapply(methods, function(m) fit1(cs, m)), methods)))
write(toJSON(list(source = paste("metafor", packageVersion("metafor"), "on", R.version.string),
                  cases = res), auto_unbox = TRUE, digits = NA, pretty = TRUE),
      "extremes-meta.json")
