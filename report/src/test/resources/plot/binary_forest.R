# Reference values for the RevMan-style forest plot of 2x2 tables: per study escalc's estimate
# and 95% Wald interval (add = 1/2 to = "only0", drop00 = TRUE, as rma.mh and rma.peto compute
# them), weights() and the pooled fit of rma.mh / rma.peto with their defaults.
# Run: Rscript binary_forest.R > binary_forest.json  (R 4.2.2, metafor 3.8-1, jsonlite)
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

bcg <- list(ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg,
            labels = paste(dat.bcg$author, dat.bcg$year))
zeros <- list(ai = c(0, 4, 0, 7, 10, 1), bi = c(15, 26, 40, 13, 0, 49),
              ci = c(0, 9, 0, 11, 12, 3), di = c(15, 21, 38, 9, 0, 47),
              labels = c("Adams 2001", "Baker 2003", "Clark 2005", "Dean 2008", "Evans 2010",
                         "Ford 2012"))

one <- function(name, cs, measure) {
  fit <- suppressWarnings(if (measure == "PETO")
    rma.peto(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di)
  else rma.mh(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di, measure = measure))
  es <- suppressWarnings(escalc(measure, ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di,
                                drop00 = TRUE))
  s <- summary(es)
  list(name = name, measure = measure, labels = cs$labels,
       inputs = data.frame(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di),
       yi = as.numeric(es$yi), ci_lb = as.numeric(s$ci.lb), ci_ub = as.numeric(s$ci.ub),
       weights = as.numeric(weights(fit)),
       fit = list(estimate = as.numeric(fit$beta), ci_lb = fit$ci.lb, ci_ub = fit$ci.ub,
                  zval = fit$zval, pval = fit$pval, QE = fit$QE, QEp = fit$QEp,
                  df = fit$k.yi - 1, I2 = fit$I2))
}

cases <- list(one("bcg", bcg, "RR"), one("bcg", bcg, "OR"), one("double_zeros", zeros, "OR"),
              one("double_zeros", zeros, "RD"), one("double_zeros", zeros, "PETO"))

cat(toJSON(list(
  provenance = "escalc(measure, ai, bi, ci, di, drop00 = TRUE) with summary() for the intervals; rma.mh(measure = ...) or rma.peto() with defaults and weights()",
  metafor_version = as.character(packageVersion("metafor")),
  r_version = paste(R.version$major, R.version$minor, sep = "."),
  cases = cases), auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "\n")
