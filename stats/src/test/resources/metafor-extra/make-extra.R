# Generates additional metafor reference results (cases the implementation was not tuned to)
# in the same JSON layout as ../metafor/*.json, plus three optional top-level fields:
#   "control": the rma() control list used (absent in ../metafor, which used
#              control = list(maxiter = 1000, stepadj = 0.5)),
#   "level":   the confidence level in percent (absent means 95),
#   "methods": only when a case restricts the methods fitted.
# Here every case uses metafor's DEFAULT control (maxiter = 100, stepadj = 1) unless it says
# otherwise, so the files also check Evident's defaults.
# Usage: Rscript make-extra.R OUTDIR     (R 4.2 with metafor 3.8-1 and jsonlite)
suppressPackageStartupMessages({library(metafor); library(jsonlite)})
args <- commandArgs(trailingOnly = TRUE)
outdir <- if (length(args) >= 1) args[1] else "."
dir.create(outdir, showWarnings = FALSE, recursive = TRUE)

all_methods <- c("EE", "DL", "HE", "HS", "HSk", "SJ", "ML", "REML", "EB", "PM")
tests <- c("z", "knha")

num <- function(x) if (is.null(x) || length(x) == 0) NA else unname(as.numeric(x))

fit_one <- function(yi, vi, method, test, control, level) {
  res <- tryCatch(rma(yi, vi, method = method, test = test, control = control, level = level),
                  error = function(e) e)
  if (inherits(res, "error")) return(list(method = method, test = test, error = conditionMessage(res)))
  pr <- predict(res)
  out <- list(method = method, test = test, k = res$k,
              estimate = num(res$beta), se = num(res$se), stat = num(res$zval),
              pval = num(res$pval), ci_lb = num(res$ci.lb), ci_ub = num(res$ci.ub),
              tau2 = num(res$tau2), se_tau2 = num(res$se.tau2),
              I2 = num(res$I2), H2 = num(res$H2), QE = num(res$QE), QEp = num(res$QEp),
              pi_lb = num(pr$pi.lb), pi_ub = num(pr$pi.ub))
  if (method != "EE") {
    ci <- tryCatch(confint(res), error = function(e) NULL)
    if (!is.null(ci)) {
      r <- ci$random
      out$tau2_ci <- num(r["tau^2", c("ci.lb", "ci.ub")])
      out$I2_ci <- num(r["I^2(%)", c("ci.lb", "ci.ub")])
      out$H2_ci <- num(r["H^2", c("ci.lb", "ci.ub")])
    }
  }
  out
}

write_case <- function(name, description, measure, inputs, es, control = list(),
                       level = 95, methods = all_methods) {
  keep <- !is.na(es$yi) & !is.na(es$vi)
  yi <- num(es$yi[keep]); vi <- num(es$vi[keep])
  fits <- list()
  for (m in methods) for (t in tests) fits[[length(fits) + 1]] <- fit_one(yi, vi, m, t, control, level)
  case <- list(name = name, description = description, measure = measure,
               metafor_version = as.character(packageVersion("metafor")),
               control = c(list(maxiter = 100, stepadj = 1), control)[c("maxiter", "stepadj")],
               level = level,
               inputs = inputs, yi = I(yi), vi = I(vi), fits = fits)
  if (!identical(methods, all_methods)) case$methods <- methods
  if (length(control$maxiter)) case$control$maxiter <- control$maxiter
  if (length(control$stepadj)) case$control$stepadj <- control$stepadj
  writeLines(toJSON(case, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE),
             file.path(outdir, paste0(name, ".json")))
}

d <- dat.hine1989
write_case("hine1989_rd", "Prophylactic lidocaine after myocardial infarction (Hine 1989), risk difference", "RD",
           d, escalc("RD", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = d))

d <- dat.konstantopoulos2011
write_case("konstantopoulos2011_smd", "Modified school calendars (Konstantopoulos 2011), 56 standardized mean differences given as yi/vi", "GEN",
           d[, c("district", "school", "yi", "vi")], data.frame(yi = d$yi, vi = d$vi))

d <- dat.bangertdrowns2004
write_case("bangertdrowns2004_smd", "Writing-to-learn interventions (Bangert-Drowns 2004), 48 standardized mean differences given as yi/vi", "GEN",
           d[, c("id", "author", "year", "ni", "yi", "vi")], data.frame(yi = d$yi, vi = d$vi))

d <- dat.pritz1997
write_case("pritz1997_plo", "Balloon angioplasty in cerebral vasospasm (Pritz 1997), logit-transformed proportions", "PLO",
           d, escalc("PLO", xi = xi, ni = ni, data = d))

d <- dat.yusuf1985[dat.yusuf1985$table == "6", ]
write_case("yusuf1985_table6_or", "Beta blockers after myocardial infarction (Yusuf 1985), table 6, log odds ratios (0.5 added to zero cells)", "OR",
           d, escalc("OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = d))
d <- dat.yusuf1985[dat.yusuf1985$table == "12b", ]
write_case("yusuf1985_table12b_or", "Yusuf 1985, table 12b, log odds ratios", "OR",
           d, escalc("OR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = d))

d <- dat.collins1985a
write_case("collins1985a_or", "Diuretics in pregnancy and pre-eclampsia (Collins 1985), log odds ratios of any pre-eclampsia", "OR",
           d[, c("id", "trial", "year", "nti", "b.xti", "nci", "b.xci")],
           escalc("OR", ai = b.xti, n1i = nti, ci = b.xci, n2i = nci, data = d))

d <- dat.bcg[1:2, ]
write_case("bcg_rr_k2", "First two BCG trials only (k = 2), log risk ratio", "RR",
           d[, c("trial", "tpos", "tneg", "cpos", "cneg")],
           escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = d))

d <- dat.bcg[1, ]
write_case("bcg_rr_k1", "A single BCG trial (k = 1): heterogeneity not estimable; Knapp-Hartung undefined (0 df)", "RR",
           d[, c("trial", "tpos", "tneg", "cpos", "cneg")],
           escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = d))

d <- dat.bcg
write_case("bcg_rr_level90", "BCG trials, log risk ratio, 90% intervals", "RR",
           d[, c("trial", "tpos", "tneg", "cpos", "cneg")],
           escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = d), level = 90)

es <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
out <- data.frame(yi = c(es$yi, 2.5), vi = c(es$vi, 400))
write_case("bcg_rr_outlier", "BCG trials plus an invented 14th study with a huge sampling variance (yi = 2.5, vi = 400)", "RR",
           list(note = "dat.bcg log risk ratios with one added study yi = 2.5, vi = 400"), out)

write_case("bcg_rr_maxiter3", "BCG trials with control maxiter = 3: Fisher scoring cannot converge (metafor errors)", "RR",
           d[, c("trial", "tpos", "tneg", "cpos", "cneg")], es,
           control = list(maxiter = 3), methods = c("ML", "REML", "EB"))

y <- c(-0.004574, 0.005196, 0.178515, -0.030519, 0.050802)
v <- c(0.068672, 1.187979, 0.00503, 0.005074, 1.5)
write_case("eb_nonconvergence", "Five studies on which EB Fisher scoring oscillates and does not converge in 1000 iterations (metafor errors); found by a property test", "GEN",
           list(note = "yi and vi typed in"), data.frame(yi = y, vi = v), control = list(maxiter = 1000))

# Data on which Fisher scoring ends at a local maximum whose likelihood is below that at
# tau^2 = 0, so metafor warns and sets tau^2 = 0 (found by a random search with set.seed(1)).
y <- c(2.23639, 2.62124, 10.0208, -2.01705); v <- c(0.482401, 0.0108951, 5.12959, 3.26346)
write_case("ml_local_maximum", "Four studies where ML Fisher scoring stops at a local maximum; metafor sets tau^2 = 0", "GEN",
           list(note = "yi and vi typed in"), data.frame(yi = y, vi = v))
y <- c(-0.175807, -5.83017, -0.207994, -0.389686); v <- c(0.0202309, 2.91543, 0.0111258, 0.123803)
write_case("reml_local_maximum", "Four studies where REML Fisher scoring stops at a local maximum; metafor sets tau^2 = 0", "GEN",
           list(note = "yi and vi typed in"), data.frame(yi = y, vi = v))

set.seed(20261124)
k <- 12; vi <- runif(k, 0.02, 0.2); yi <- 0.3 + rnorm(k, 0, sqrt(vi) * 0.35)
write_case("simulated_homogeneous_k12", "Simulated homogeneous studies (set.seed(20261124); yi = 0.3 + N(0, 0.35^2 vi)): Q far below its df, tau^2 = 0 and Q-profile CI [0, 0]", "GEN",
           list(note = "set.seed(20261124); vi <- runif(12, 0.02, 0.2); yi <- 0.3 + rnorm(12, 0, sqrt(vi) * 0.35)"),
           data.frame(yi = yi, vi = vi))

set.seed(50)
k <- 50; vi <- rchisq(k, df = 4) / 40 + 0.005; yi <- rnorm(k, -0.2, sqrt(vi + 0.04))
write_case("simulated_k50", "Simulated k = 50 (set.seed(50); vi = chisq4/40 + 0.005; yi ~ N(-0.2, vi + 0.04))", "GEN",
           list(note = "set.seed(50); vi <- rchisq(50, df = 4) / 40 + 0.005; yi <- rnorm(50, -0.2, sqrt(vi + 0.04))"),
           data.frame(yi = yi, vi = vi))

# Small-scale data (y ~ 1e-4, v ~ 1e-8, as raw proportions of rare events): metafor's absolute
# tolerances (1e-5 on tau^2 for Fisher scoring, .Machine$double.eps^0.25 for the PM and
# Q-profile root searches) are then larger than tau^2 itself. The fits use the defaults (Evident
# must reproduce them); "tight_tolerance" records what metafor gives with control = list(tol =
# 1e-15, threshold = 1e-15) (tau^2 and its Q-profile interval), which shows how far off they are.
y <- c(0.1, 0.5, -0.2, 0.9, 0.3) * 1e-3; v <- c(0.04, 0.09, 0.05, 0.02, 0.1) * 1e-6
write_case("small_scale", "Five invented studies on a small scale (y ~ 1e-4, v ~ 1e-8): metafor's absolute tolerances exceed tau^2", "GEN",
           list(note = "y <- c(0.1, 0.5, -0.2, 0.9, 0.3) * 1e-3; v <- c(0.04, 0.09, 0.05, 0.02, 0.1) * 1e-6"),
           data.frame(yi = y, vi = v))
small <- fromJSON(file.path(outdir, "small_scale.json"), simplifyVector = FALSE)
tight <- list()
for (m in c("ML", "REML", "PM")) {
  r <- rma(y, v, method = m, control = list(tol = 1e-15, threshold = 1e-15, maxiter = 1000))
  ci <- confint(r, control = list(tol = 1e-15))$random
  tight[[m]] <- list(tau2 = num(r$tau2), tau2_ci = num(ci["tau^2", c("ci.lb", "ci.ub")]))
}
small$tight_tolerance <- tight
writeLines(toJSON(small, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null"),
           file.path(outdir, "small_scale.json"))
