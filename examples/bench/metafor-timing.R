# Times metafor's rma() (and confint() where planned) on the data written by
#   java -cp examples/target/benchmarks.jar io.github.evident.examples.bench.SideBySide generate DIR
# and writes DIR/metafor.csv: seconds per fit and the numbers metafor reports, which
# SideBySide compare then times and checks against Evident. Run by examples/bench/compare.sh.
# Then, if DIR/plan-robustness.csv exists, times leave1out(rma()), influence(rma()) and
# rma.mh(measure = "OR") likewise and writes DIR/metafor-robustness.csv (seconds per call) and
# DIR/metafor-<id>.csv (metafor's numbers per study).
#
# Usage: Rscript examples/bench/metafor-timing.R DIR [MIN_SECONDS]
# Each fit is repeated until one system.time() measurement lasts at least MIN_SECONDS
# (default 3), after one untimed warm-up call.
suppressPackageStartupMessages(library(metafor))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript metafor-timing.R DIR [MIN_SECONDS]")
dir <- args[1]
min_seconds <- if (length(args) >= 2) as.numeric(args[2]) else 3

plan <- read.csv(file.path(dir, "plan.csv"), stringsAsFactors = FALSE)

seconds_per_call <- function(f) {
  f()
  reps <- 1
  repeat {
    t <- system.time(for (i in seq_len(reps)) f())[["elapsed"]]
    if (t >= min_seconds) return(c(t / reps, reps))
    reps <- reps * max(2, ceiling(1.2 * min_seconds / max(t, 0.01)))
  }
}

rows <- list()
for (i in seq_len(nrow(plan))) {
  p <- plan[i, ]
  dat <- read.csv(file.path(dir, p$file), colClasses = "numeric")
  fit_once <- if (p$confint) {
    function() {
      fit <- rma(yi, vi, data = dat, method = p$method, test = p$test)
      list(fit = fit, ci = confint(fit))
    }
  } else {
    function() list(fit = rma(yi, vi, data = dat, method = p$method, test = p$test))
  }
  timing <- seconds_per_call(fit_once)
  res <- fit_once()
  fit <- res$fit
  tau2_lb <- NA
  tau2_ub <- NA
  if (!is.null(res$ci)) {
    tau2_lb <- res$ci$random["tau^2", "ci.lb"]
    tau2_ub <- res$ci$random["tau^2", "ci.ub"]
  }
  rows[[i]] <- data.frame(id = p$id, k = p$k, reps = timing[2], seconds = timing[1],
    estimate = as.numeric(fit$beta), se = fit$se, tau2 = fit$tau2, ci_lb = fit$ci.lb,
    ci_ub = fit$ci.ub, pval = fit$pval, I2 = fit$I2, tau2_lb = tau2_lb, tau2_ub = tau2_ub,
    version = as.character(packageVersion("metafor")))
  cat(sprintf("metafor %-20s k = %7d: %10.4f ms per fit (%d reps)\n", p$id, p$k,
    1000 * timing[1], as.integer(timing[2])))
}
out <- do.call(rbind, rows)
write.csv(format(out, digits = 17), file.path(dir, "metafor.csv"), row.names = FALSE,
  quote = FALSE)

robustness_plan <- file.path(dir, "plan-robustness.csv")
if (file.exists(robustness_plan)) {
  rplan <- read.csv(robustness_plan, stringsAsFactors = FALSE)
  rrows <- list()
  for (i in seq_len(nrow(rplan))) {
    p <- rplan[i, ]
    dat <- read.csv(file.path(dir, p$file), colClasses = "numeric")
    call_once <- switch(p$what,
      leave1out = function() leave1out(rma(yi, vi, data = dat)),
      influence = function() influence(rma(yi, vi, data = dat)),
      mh = function() rma.mh(ai = ai, bi = bi, ci = ci, di = di, data = dat, measure = "OR"))
    timing <- seconds_per_call(call_once)
    res <- call_once()
    values <- switch(p$what,
      leave1out = data.frame(estimate = res$estimate, se = res$se, tau2 = res$tau2),
      influence = data.frame(rstudent = res$inf$rstudent, dffits = res$inf$dffits,
        cook_d = res$inf$cook.d, cov_r = res$inf$cov.r, hat = res$inf$hat,
        dfbetas = res$dfbs[[1]]),
      mh = data.frame(estimate = as.numeric(res$beta), se = res$se, Q = res$QE))
    write.csv(format(values, digits = 17), file.path(dir, paste0("metafor-", p$id, ".csv")),
      row.names = FALSE, quote = FALSE)
    rrows[[i]] <- data.frame(id = p$id, k = p$k, reps = timing[2], seconds = timing[1],
      version = as.character(packageVersion("metafor")))
    cat(sprintf("metafor %-20s k = %7d: %10.4f ms per call (%d reps)\n", p$id, p$k,
      1000 * timing[1], as.integer(timing[2])))
  }
  write.csv(format(do.call(rbind, rrows), digits = 17),
    file.path(dir, "metafor-robustness.csv"), row.names = FALSE, quote = FALSE)
}
