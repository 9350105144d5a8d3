# Reference values for the planner's handling of studies that cannot contribute: the pooled
# estimate of the BCG trials without trial 1 (the study whose reported values are replaced by
# hostile ones in HostileValuesTest).
# Run from the repository root:  Rscript stats/src/test/resources/plan/make-hostile-reference.R
# Engine: R 4.2 with metafor 3.8-1 and jsonlite.
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })
out <- "stats/src/test/resources/plan"

bcg <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
f <- rma(yi, vi, data = bcg[-1, ], method = "REML", test = "knha")
ref <- list(
  provenance = paste("R", paste(R.version$major, R.version$minor, sep = "."), "metafor",
                     as.character(packageVersion("metafor")),
                     "- stats/src/test/resources/plan/make-hostile-reference.R"),
  bcgWithoutTrial1 = list(k = f$k, estimate = f$b[1], se = f$se, ci_lb = f$ci.lb,
                          ci_ub = f$ci.ub, tau2 = f$tau2, QE = f$QE)
)
writeLines(toJSON(ref, auto_unbox = TRUE, pretty = 2, digits = NA),
           file.path(out, "hostile-reference.json"))
