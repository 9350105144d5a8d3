# Extra reference cases for ranktest, trimfill and fsn (metafor 3.8-1, its default control).
# Usage (from this folder): Rscript make-bias-reference.R   -> writes bias_cases.json
suppressPackageStartupMessages({library(metafor); library(jsonlite)})
num <- function(x) if (is.null(x) || length(x) == 0) NA else unname(as.numeric(x))

fit_out <- function(res) {
  list(estimate = num(res$beta), se = num(res$se), stat = num(res$zval), pval = num(res$pval),
       ci_lb = num(res$ci.lb), ci_ub = num(res$ci.ub), tau2 = num(res$tau2),
       I2 = num(res$I2), H2 = num(res$H2), QE = num(res$QE), QEp = num(res$QEp), k = res$k)
}

# One trimfill run: the model's method, the estimator and the side (NA = estimated).
tf <- function(yi, vi, method, estimator, side = NA) {
  res <- rma(yi, vi, method = method)
  t <- if (is.na(side)) trimfill(res, estimator = estimator)
       else trimfill(res, estimator = estimator, side = side)
  c(list(method = method, estimator = estimator, side_given = side, k0 = num(t$k0),
         se_k0 = num(t$se.k0), p_k0 = num(t$p.k0), side = t$side,
         filled_yi = num(t$yi[t$fill]), filled_vi = num(t$vi[t$fill])), fit_out(t))
}

rk <- function(yi, vi) {
  r <- ranktest(yi, vi)
  ties <- min(length(unique(vi)), length(unique((yi - weighted.mean(yi, 1/vi)) /
    sqrt(vi - 1/sum(1/vi))))) < length(yi)
  list(tau = num(r$tau), pval = num(r$pval), ties = ties)
}

fs <- function(yi, vi, alpha = 0.05, target = NULL) {
  ros <- fsn(yi, vi, type = "Rosenthal", alpha = alpha)
  orw <- if (is.null(target)) fsn(yi, vi, type = "Orwin")
         else fsn(yi, vi, type = "Orwin", target = target)
  rbg <- fsn(yi, vi, type = "Rosenberg", alpha = alpha)
  list(alpha = alpha, target_given = if (is.null(target)) NA else target,
       rosenthal = list(fsnum = num(ros$fsnum), pval = num(ros$pval)),
       orwin = list(target = num(orw$target), fsnum = num(orw$fsnum), meanes = num(orw$meanes)),
       rosenberg = list(fsnum = num(rbg$fsnum), pval = num(rbg$pval), meanes = num(rbg$meanes)))
}

case <- function(name, description, yi, vi, trimfills, fsns) {
  list(name = name, description = description, yi = num(yi), vi = num(vi), k = length(yi),
       ranktest = rk(yi, vi), trimfill = trimfills, fsn = fsns)
}

cases <- list()
h <- dat.hackshaw1998
cases[[1]] <- case("hackshaw1998", "dat.hackshaw1998 (log OR): se.k0, given sides, DL and EE",
  h$yi, h$vi,
  list(tf(h$yi, h$vi, "REML", "L0"), tf(h$yi, h$vi, "REML", "R0"),
       tf(h$yi, h$vi, "REML", "L0", "right"), tf(h$yi, h$vi, "REML", "R0", "right"),
       tf(h$yi, h$vi, "DL", "L0"), tf(h$yi, h$vi, "DL", "R0"), tf(h$yi, h$vi, "EE", "L0"),
       tf(h$yi, h$vi, "PM", "L0", "left")),
  list(fs(h$yi, h$vi), fs(h$yi, h$vi, alpha = 0.01), fs(h$yi, h$vi, target = 0.05),
       fs(h$yi, h$vi, target = -0.05)))

b <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
cases[[2]] <- case("bcg", "dat.bcg (log RR): se.k0, given sides, DL",
  b$yi, b$vi,
  list(tf(b$yi, b$vi, "REML", "L0"), tf(b$yi, b$vi, "REML", "R0"),
       tf(b$yi, b$vi, "REML", "L0", "left"), tf(b$yi, b$vi, "REML", "R0", "left"),
       tf(b$yi, b$vi, "DL", "L0"), tf(b$yi, b$vi, "DL", "R0", "left")),
  list(fs(b$yi, b$vi), fs(b$yi, b$vi, alpha = 0.1, target = -0.2)))

r <- dat.raudenbush1985
cases[[3]] <- case("raudenbush1985", "dat.raudenbush1985 (SMD, k = 19): ties among the variances",
  r$yi, r$vi,
  list(tf(r$yi, r$vi, "REML", "L0"), tf(r$yi, r$vi, "REML", "R0"), tf(r$yi, r$vi, "DL", "L0"),
       tf(r$yi, r$vi, "DL", "R0", "right")),
  list(fs(r$yi, r$vi)))

g <- dat.bangertdrowns2004
cases[[4]] <- case("bangertdrowns2004", "dat.bangertdrowns2004 (SMD, k = 48)",
  g$yi, g$vi,
  list(tf(g$yi, g$vi, "REML", "L0"), tf(g$yi, g$vi, "REML", "R0"), tf(g$yi, g$vi, "DL", "L0")),
  list(fs(g$yi, g$vi)))

l <- dat.lehmann2018[!is.na(dat.lehmann2018$yi), ]
cases[[5]] <- case("lehmann2018", "dat.lehmann2018 (SMD, k = 81): k >= 50",
  l$yi, l$vi,
  list(tf(l$yi, l$vi, "REML", "L0"), tf(l$yi, l$vi, "REML", "R0"), tf(l$yi, l$vi, "DL", "L0")),
  list(fs(l$yi, l$vi)))

set.seed(20261201)
k <- 60
vi <- round(runif(k, 0.01, 0.3), 6)
yi <- round(0.3 + rnorm(k, 0, sqrt(vi + 0.02)) + 0.8 * sqrt(vi), 6)
cases[[6]] <- case("simulated60", "k = 60 simulated with small-study effects (seed 20261201), no ties",
  yi, vi,
  list(tf(yi, vi, "REML", "L0"), tf(yi, vi, "REML", "R0"), tf(yi, vi, "DL", "R0")),
  list(fs(yi, vi)))

vi2 <- rep(c(0.04, 0.09, 0.16, 0.25), 15)
yi2 <- round(0.2 + rnorm(60, 0, sqrt(vi2)), 4)
cases[[7]] <- case("simulated60ties", "k = 60 simulated (seed as above), four distinct variances",
  yi2, vi2, list(tf(yi2, vi2, "REML", "L0")), list(fs(yi2, vi2)))

yi3 <- c(0.1, 0.3, 0.35, 0.5, 0.62, 0.7, 0.9)
vi3 <- c(0.02, 0.05, 0.05, 0.1, 0.12, 0.2, 0.3)
cases[[8]] <- case("small7", "k = 7, two tied variances; negative Rosenthal z sums absent",
  yi3, vi3, list(tf(yi3, vi3, "REML", "L0"), tf(yi3, vi3, "EE", "R0")), list(fs(yi3, vi3)))

# k = 600 without ties: metafor's exact p is NaN here (R's permutation counts overflow from
# k = 171 on); the reference p is cor.test's normal approximation (exact = FALSE), which Evident
# uses above 500 studies. tau is metafor's.
set.seed(20261202)
vi4 <- round(runif(600, 0.01, 0.4), 6)
yi4 <- round(0.1 + rnorm(600, 0, sqrt(vi4 + 0.01)) + 0.3 * sqrt(vi4), 6)
big <- case("simulated600", "k = 600 simulated (seed 20261202), no ties: normal approximation",
  yi4, vi4, list(tf(yi4, vi4, "DL", "L0")), list(fs(yi4, vi4)))
ys <- (yi4 - weighted.mean(yi4, 1/vi4)) / sqrt(vi4 - 1/sum(1/vi4))
big$ranktest$pval <- num(cor.test(ys, vi4, method = "kendall", exact = FALSE)$p.value)
big$ranktest$exact <- FALSE
cases[[9]] <- big

out <- list(metafor_version = as.character(packageVersion("metafor")),
            r_version = R.version.string,
            control = "metafor defaults (rma: maxiter = 100, stepadj = 1, threshold = 1e-5)",
            cases = cases)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE),
           "bias_cases.json")
