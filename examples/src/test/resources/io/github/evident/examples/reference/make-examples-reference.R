# Reference values for the worked examples (examples module tests).
# Run from this directory:  Rscript make-examples-reference.R
# Writes examples-reference.json. Needs R >= 4.2, metafor 3.8-1 and jsonlite.
library(metafor)
library(jsonlite)

# --- Seed review: what a reported paired change allows -------------------------------------
# t from a two-sided p of a paired t test on n pairs (df = n - 1), with the sign of the mean
# change; for a bounded p (p < b) the values at the bound are bounds.
change <- function(study, md, p, n, r = c(0.2, 0.5, 0.8)) {
  t <- sign(md) * qt(p / 2, df = n - 1, lower.tail = FALSE)
  dz <- t / sqrt(n)
  se <- abs(md / t)
  crit <- qt(0.975, df = n - 1)
  list(study = study, md = md, p = p, n = n,
       t = t, dz = dz, dz_var = 1 / n + dz^2 / (2 * n),
       sd_change = se * sqrt(n),
       ci_lb = md - crit * se, ci_ub = md + crit * se,
       r = r, drm = dz * sqrt(2 * (1 - r)))
}
seed <- list(
  change("gunn2016 self-esteem", 4.08, 0.001, 24),
  change("litchfield2010 quality of life", 8.97 - 12.05, 0.001, 34),
  change("decker2018 safety behaviour", 58.1 - 51.2, 0.0001, 39),
  change("decker2018 avoidance of condom negotiation", 1.4 - 2.0, 0.04, 39))

# --- BCG vaccine trials: metafor's default random-effects model ----------------------------
dat <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
res <- rma(yi, vi, data = dat, method = "REML")
pred <- predict(res)
ci <- confint(res)$random
bcg <- list(call = 'rma(yi, vi, data = escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg), method = "REML")',
            yi = as.numeric(dat$yi), vi = as.numeric(dat$vi),
            estimate = as.numeric(res$b), se = res$se, ci_lb = res$ci.lb, ci_ub = res$ci.ub,
            tau2 = res$tau2, tau2_ci = as.numeric(ci["tau^2", c("ci.lb", "ci.ub")]),
            I2 = res$I2, I2_ci = as.numeric(ci["I^2(%)", c("ci.lb", "ci.ub")]), QE = res$QE, pi_lb = pred$pi.lb, pi_ub = pred$pi.ub)

out <- list(provenance = paste0("R ", R.version$major, ".", R.version$minor, ", metafor ",
                                packageVersion("metafor"), "; make-examples-reference.R"),
            seed = seed, bcg = bcg)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "examples-reference.json")
