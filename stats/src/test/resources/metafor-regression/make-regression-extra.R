# Extra reference cases for MetaRegression and SmallStudyEffects: every tau^2 estimator that
# rma.uni fits with moderators (HS and HSk included), three moderators, another level, generated
# data and regtest on models other than REML z. metafor's default control.
# Usage (from this folder): Rscript make-regression-extra.R
suppressPackageStartupMessages({library(metafor); library(jsonlite)})
num <- function(x) if (is.null(x) || length(x) == 0) NA else unname(as.numeric(x))
ok <- function(expr) tryCatch(expr, error = function(e) list(error = conditionMessage(e)))

regression <- function(yi, vi, X, method, test, level, at) {
  ok({
    res <- rma(yi, vi, mods = X, method = method, test = test, level = level)
    pr <- predict(res, newmods = at)
    list(moderators = colnames(X), method = method, test = test, level = level,
         coefficients = lapply(seq_along(res$beta), function(j) list(
           name = rownames(res$beta)[j], estimate = num(res$beta[j]), se = num(res$se[j]),
           stat = num(res$zval[j]), pval = num(res$pval[j]),
           ci_lb = num(res$ci.lb[j]), ci_ub = num(res$ci.ub[j]))),
         tau2 = num(res$tau2), se_tau2 = num(res$se.tau2), I2 = num(res$I2), H2 = num(res$H2),
         R2 = num(res$R2), QE = num(res$QE), QEp = num(res$QEp), QM = num(res$QM),
         QMdf = num(res$QMdf), QMp = num(res$QMp),
         predict = list(at = lapply(seq_len(nrow(at)), function(i) num(at[i, ])),
                        pred = num(pr$pred), se = num(pr$se), ci_lb = num(pr$ci.lb),
                        ci_ub = num(pr$ci.ub), pi_lb = num(pr$pi.lb), pi_ub = num(pr$pi.ub)))
  })
}

methods <- c("EE", "DL", "HE", "HS", "HSk", "SJ", "ML", "REML", "EB", "PM")

dataset <- function(name, yi, vi, X, at, levels = c(95)) {
  fits <- list()
  for (m in methods) for (t in c("z", "knha")) for (l in levels)
    fits[[length(fits) + 1]] <- regression(yi, vi, X, m, t, l, at)
  cols <- lapply(seq_len(ncol(X)), function(j) num(X[, j])); names(cols) <- colnames(X)
  list(name = name, yi = num(yi), vi = num(vi), columns = cols, regressions = fits)
}

dat <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
bcg <- dataset("bcg three moderators", dat$yi, dat$vi,
               cbind(ablat = dat$ablat, year = dat$year, sei = sqrt(dat$vi)),
               rbind(c(30, 1970, 0.2), c(50, 1950, 0.5)), levels = c(95, 90))

set.seed(20261201)
k <- 40
x1 <- round(rnorm(k), 4); x2 <- round(runif(k, 1000, 2000), 1); x3 <- rbinom(k, 1, 0.4)
vi <- round(runif(k, 0.01, 0.3), 5)
yi <- round(0.2 + 0.3 * x1 + 0.0004 * x2 - 0.2 * x3 + rnorm(k, 0, sqrt(vi + 0.05)), 5)
generated <- dataset("generated k = 40", yi, vi, cbind(x1 = x1, x2 = x2, x3 = x3),
                     rbind(c(0, 1500, 0), c(1.5, 1100, 1)))

k <- 9
vi <- round(runif(k, 0.02, 0.2), 5); x <- round(runif(k, 0, 10), 2)
yi <- round(0.1 + 0.01 * x + rnorm(k, 0, sqrt(vi) * 0.5), 5)
homogeneous <- dataset("homogeneous k = 9", yi, vi, cbind(x = x), rbind(c(2), c(8)))

hack <- dat.hackshaw1998
regtests <- list()
for (spec in list(list(method = "EE", test = "z", level = 95),
                  list(method = "DL", test = "knha", level = 90),
                  list(method = "PM", test = "z", level = 99))) {
  res <- rma(yi, vi, data = hack, method = spec$method, test = spec$test, level = spec$level)
  for (pred in c("sei", "vi")) {
    x <- regtest(res, model = "rma", predictor = pred)
    regtests[[length(regtests) + 1]] <- c(spec, list(model = "rma", predictor = pred,
      stat = num(x$zval), pval = num(x$pval), df = num(x$dfs), limit = num(x$est),
      limit_ci_lb = num(x$ci.lb), limit_ci_ub = num(x$ci.ub)))
  }
}

out <- list(metafor_version = as.character(packageVersion("metafor")),
            r_version = paste(R.version$major, R.version$minor, sep = "."),
            control = "metafor defaults (maxiter = 100, stepadj = 1, threshold = 1e-5)",
            datasets = list(bcg, generated, homogeneous),
            regtest = list(name = "hackshaw1998", yi = num(hack$yi), vi = num(hack$vi),
                           tests = regtests))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE),
           "regression_extra.json")
