# Reference cases for leave-one-out, influence and cumulative meta-analysis beyond the
# metafor-2 set: other tau^2 estimators, the Knapp-Hartung test, a common-effect model, another
# level, and fits that do not converge (a small maxiter), from metafor 3.8-1.
# Usage (from this folder): Rscript make-sensitivity.R   -> writes sensitivity_cases.json
suppressPackageStartupMessages({library(metafor); library(jsonlite)})
num <- function(x) if (is.null(x) || length(x) == 0) NA else unname(as.numeric(x))

bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
hack <- dat.hackshaw1998
data <- list(
  bcg = list(yi = num(bcg$yi), vi = num(bcg$vi), key = num(dat.bcg$year),
             description = "dat.bcg, log risk ratios; cumulative by year"),
  hackshaw = list(yi = num(hack$yi), vi = num(hack$vi), key = num(hack$year),
                  description = "dat.hackshaw1998, log odds ratios; cumulative by year"))

sensitivity <- function(d, method, test, level = 95, maxiter = 100) {
  res <- rma(d$yi, d$vi, method = method, test = test, level = level,
             control = list(maxiter = maxiter))
  l1 <- leave1out(res)
  inf <- influence(res)
  cm <- cumul(res, order = d$key)
  list(full = list(estimate = num(res$beta), se = num(res$se), tau2 = num(res$tau2)),
       leave1out = list(estimate = num(l1$estimate), se = num(l1$se), stat = num(l1[[3]]),
                        pval = num(l1$pval), ci_lb = num(l1$ci.lb), ci_ub = num(l1$ci.ub),
                        Q = num(l1$Q), Qp = num(l1$Qp), tau2 = num(l1$tau2), I2 = num(l1$I2),
                        H2 = num(l1$H2)),
       influence = list(rstudent = num(inf$inf$rstudent), dffits = num(inf$inf$dffits),
                        cook_d = num(inf$inf$cook.d), cov_r = num(inf$inf$cov.r),
                        tau2_del = num(inf$inf$tau2.del), QE_del = num(inf$inf$QE.del),
                        hat = num(inf$inf$hat), weight = num(inf$inf$weight),
                        dfbetas = num(inf$dfbs[[1]]),
                        influential = as.logical(inf$inf$inf == "*")),
       cumulative = list(order = order(d$key) - 1, estimate = num(cm$estimate),
                         se = num(cm$se), stat = num(cm[[3]]), pval = num(cm$pval),
                         ci_lb = num(cm$ci.lb), ci_ub = num(cm$ci.ub), Q = num(cm$Q),
                         Qp = num(cm$Qp), tau2 = num(cm$tau2), I2 = num(cm$I2),
                         H2 = num(cm$H2)))
}

specs <- list(
  list("bcg", "EE", "z"), list("bcg", "EE", "knha"), list("bcg", "DL", "z"),
  list("bcg", "DL", "knha"), list("bcg", "REML", "knha"), list("bcg", "REML", "z", 90),
  list("bcg", "ML", "z"), list("bcg", "PM", "knha"), list("bcg", "EB", "z"),
  list("bcg", "SJ", "z"), list("bcg", "HE", "z"), list("bcg", "HS", "z"),
  list("hackshaw", "DL", "z"), list("hackshaw", "REML", "knha"), list("hackshaw", "EE", "z"),
  # too few iterations: some fits without a study (or of the first studies) do not converge
  list("bcg", "REML", "z", 95, 4), list("bcg", "ML", "knha", 95, 4),
  list("bcg", "REML", "z", 95, 3), list("hackshaw", "REML", "z", 95, 8))

cases <- lapply(specs, function(s) {
  level <- if (length(s) >= 4) s[[4]] else 95
  maxiter <- if (length(s) >= 5) s[[5]] else 100
  c(list(data = s[[1]], method = s[[2]], test = s[[3]], level = level / 100,
         maxiter = maxiter),
    sensitivity(data[[s[[1]]]], s[[2]], s[[3]], level, maxiter))
})

out <- list(metafor_version = as.character(packageVersion("metafor")),
            r_version = paste(R.version$major, R.version$minor, sep = "."),
            control = "metafor defaults (stepadj = 1, threshold = 1e-5) except maxiter as given",
            data = data, cases = cases)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE),
           "sensitivity_cases.json")
