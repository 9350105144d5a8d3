# Reference values for the funnel plot test: passive smoking and lung cancer (dat.hackshaw1998,
# log odds ratios), the default random-effects fit and trim and fill, and the normal quantiles of
# the pseudo confidence region and of the contours.
# Run: Rscript hackshaw_funnel.R > hackshaw_funnel.json  (R 4.2.2, metafor 3.8-1, jsonlite)
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

res <- rma(yi, vi, data = dat.hackshaw1998)
tf <- trimfill(res)
filled <- tf$fill == 1

cat(toJSON(list(
  provenance = c("res <- rma(yi, vi, data = dat.hackshaw1998)", "tf <- trimfill(res)",
                 "qnorm(1 - (1 - level) / 2) for level 0.95 and the contour levels"),
  metafor_version = as.character(packageVersion("metafor")),
  r_version = paste(R.version$major, R.version$minor, sep = "."),
  yi = as.numeric(dat.hackshaw1998$yi), vi = as.numeric(dat.hackshaw1998$vi),
  rma = list(estimate = as.numeric(res$beta), se = res$se, level = 1 - res$level,
             ci_lb = res$ci.lb, ci_ub = res$ci.ub),
  trimfill = list(k0 = tf$k0, estimate = as.numeric(tf$beta),
                  filled_yi = as.numeric(tf$yi[filled]), filled_vi = as.numeric(tf$vi[filled])),
  crit = list(level95 = qnorm(0.975), level90 = qnorm(0.95), level99 = qnorm(0.995))),
  auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
