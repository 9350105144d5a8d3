# Reference values for the leave-one-out and cumulative forest plots: the BCG trials as log risk
# ratios, the default random-effects fit, leave1out() and cumul() in order of publication year,
# and leave1out() with control = list(maxiter = 4), where two steps do not converge (NA).
# Run: Rscript bcg_sensitivity.R > bcg_sensitivity.json  (R 4.2.2, metafor 3.8-1, jsonlite)
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

dat <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
res <- rma(yi, vi, data = dat)
l1o <- leave1out(res)
ord <- order(dat$year)
cum <- cumul(res, order = dat$year)  # metafor 3.8 sorts by this variable
res4 <- rma(yi, vi, data = dat, control = list(maxiter = 4))
l1o4 <- suppressWarnings(leave1out(res4))

series <- function(x) list(estimate = as.numeric(x$estimate), ci_lb = as.numeric(x$ci.lb),
                           ci_ub = as.numeric(x$ci.ub), I2 = as.numeric(x$I2))

cat(toJSON(list(
  provenance = c("dat <- escalc('RR', ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)",
                 "res <- rma(yi, vi, data = dat); leave1out(res); cumul(res, order = dat$year)",
                 "leave1out(rma(yi, vi, data = dat, control = list(maxiter = 4)))"),
  metafor_version = as.character(packageVersion("metafor")),
  r_version = paste(R.version$major, R.version$minor, sep = "."),
  labels = paste(dat.bcg$author, dat.bcg$year),
  yi = as.numeric(dat$yi), vi = as.numeric(dat$vi),
  full = list(estimate = as.numeric(res$beta), ci_lb = res$ci.lb, ci_ub = res$ci.ub),
  leave1out = series(l1o),
  cumul = c(list(order = ord - 1), series(cum)),  # order: 0-based, in the order added
  leave1out_maxiter4 = series(l1o4)),
  auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "\n")
