# Regenerates the planner's test data and reference values.
# Run from the repository root:  Rscript stats/src/test/resources/plan/make-plan-reference.R
# Engine: R 4.2 with metafor 3.8-1 and jsonlite.
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })
out <- "stats/src/test/resources/plan"

# 1. The 13 BCG trials (dat.bcg, Colditz et al. 1994) as an Evident review document.
alloc_design <- c(random = "RANDOMIZED_TRIAL", alternate = "CONTROLLED_CLINICAL_TRIAL",
                  systematic = "CONTROLLED_CLINICAL_TRIAL")
studies <- lapply(seq_len(nrow(dat.bcg)), function(i) {
  r <- dat.bcg[i, ]
  list(
    id = sprintf("trial%02d", r$trial),
    citation = list(authors = list(r$author), year = r$year,
                    title = sprintf("BCG vaccine trial %d (dat.bcg)", r$trial)),
    design = list(type = unname(alloc_design[as.character(r$alloc)]),
                  asReported = paste(as.character(r$alloc), "allocation")),
    population = list(n = r$tpos + r$tneg + r$cpos + r$cneg),
    intervention = list(category = "BCG vaccine", name = "BCG vaccination"),
    comparator = "No vaccination",
    outcomes = list(list(
      construct = "tuberculosis", instrument = "Tuberculosis cases",
      direction = "LOWER_IS_BETTER",
      results = list(list(type = "twoByTwo", label = "vaccinated vs not vaccinated",
                          a = r$tpos, b = r$tneg, c = r$cpos, d = r$cneg))))
  )
})
doc <- list(schemaVersion = "1.0", review = list(
  title = "BCG vaccine for preventing tuberculosis (dat.bcg, Colditz et al. 1994)",
  authors = list("Colditz GA", "Brewer TF", "Berkey CS", "et al."),
  studies = studies))
json <- toJSON(doc, auto_unbox = TRUE, pretty = 2, digits = NA)
writeLines(json, "examples/data/bcg-review.json")
writeLines(json, file.path(out, "bcg-review.json"))

# 2. Reference values for the planner's per-study derivations.
# Bounded p: p < .001 with n = 34 pairs (litchfield2010) only bounds |t| and d_z = t/sqrt(n).
t_bound <- qt(1 - 0.001 / 2, df = 33)
# Exact two-sided p = 0.04 with n = 20 pairs, decrease: t = -qt(1 - p/2, n - 1), d_z = t/sqrt(n),
# var = 1/n + d_z^2/(2n) (Morris & DeShon 2002; the large-sample variance of d_z).
t_exact <- -qt(1 - 0.04 / 2, df = 19)
dz_exact <- t_exact / sqrt(20)
# Paired change with mean difference and SD of differences: escalc MC and SMCC given
# sd1 = sd_diff, sd2 = 0, r = 0 (then sd_diff is the SD of the changes).
mc <- escalc("MC", m1i = -3.5, m2i = 0, sd1i = 6.2, sd2i = 0, ni = 30, ri = 0)
smcc <- escalc("SMCC", m1i = -3.5, m2i = 0, sd1i = 6.2, sd2i = 0, ni = 30, ri = 0)
# Pre-post means and SDs with an imputed r = 0.5 (escalc SMCC, m1 = post, m2 = pre).
smcc_imp <- escalc("SMCC", m1i = 8.1, m2i = 10.4, sd1i = 3.9, sd2i = 4.2, ni = 25, ri = 0.5)
# Correlation with n: Fisher z.
zcor <- escalc("ZCOR", ri = 0.31, ni = 50)
# Effect estimate with a CI on the ratio scale: log RR and its variance from the CI.
rr_ci <- list(estimate = log(0.72), variance = ((log(0.95) - log(0.55)) / (2 * qnorm(0.975)))^2)

# Two studies with paired d_z from exact p (n = 20, p = .04 decrease; n = 30, p = .01 decrease)
# pooled with REML + Knapp-Hartung.
dz2 <- -qt(1 - 0.01 / 2, df = 29) / sqrt(30)
yi <- c(dz_exact, dz2); vi <- c(1 / 20 + dz_exact^2 / 40, 1 / 30 + dz2^2 / 60)
fit2 <- rma(yi, vi, method = "REML", test = "knha")

# BCG log risk ratios, REML with Knapp-Hartung and metafor's default control (stepadj = 1,
# maxiter = 100): the planner's default meta-analysis.
bcg <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
fb <- rma(yi, vi, data = bcg, method = "REML", test = "knha")
cb <- confint(fb)
pb <- predict(fb)
bcg_default <- list(estimate = fb$b[1], se = fb$se, pval = fb$pval, ci_lb = fb$ci.lb,
                    ci_ub = fb$ci.ub, tau2 = fb$tau2, I2 = fb$I2, QE = fb$QE, QEp = fb$QEp,
                    pi_lb = pb$pi.lb, pi_ub = pb$pi.ub,
                    tau2_ci = unname(cb$random["tau^2", c("ci.lb", "ci.ub")]),
                    I2_ci = unname(cb$random["I^2(%)", c("ci.lb", "ci.ub")]))

# Only trials 12 and 13 at low risk of bias: the pooled estimate when high-risk trials are kept out.
fl <- rma(yi, vi, data = bcg[12:13, ], method = "REML", test = "knha")
bcg_low <- list(estimate = fl$b[1], se = fl$se, ci_lb = fl$ci.lb, ci_ub = fl$ci.ub,
                tau2 = fl$tau2)

ref <- list(
  provenance = paste("R", paste(R.version$major, R.version$minor, sep = "."), "metafor",
                     as.character(packageVersion("metafor")),
                     "- stats/src/test/resources/plan/make-plan-reference.R"),
  boundedP = list(p = 0.001, n = 34, tLowerBound = t_bound, dzLowerBound = t_bound / sqrt(34)),
  exactP = list(p = 0.04, n = 20, t = t_exact, dz = dz_exact, variance = 1 / 20 + dz_exact^2 / 40),
  mc = list(yi = mc$yi[1], vi = mc$vi[1]),
  smcc = list(yi = smcc$yi[1], vi = smcc$vi[1]),
  smccImputed = list(yi = smcc_imp$yi[1], vi = smcc_imp$vi[1]),
  zcor = list(yi = zcor$yi[1], vi = zcor$vi[1]),
  rrFromCi = rr_ci,
  bcgRemlKnhaDefaultControl = bcg_default,
  bcgLowRiskTrials12And13 = bcg_low,
  pairedPooled = list(yi = yi, vi = vi, estimate = fit2$b[1], se = fit2$se, tau2 = fit2$tau2,
                      I2 = fit2$I2, QE = fit2$QE, QEp = fit2$QEp, ci_lb = fit2$ci.lb,
                      ci_ub = fit2$ci.ub)
)
writeLines(toJSON(ref, auto_unbox = TRUE, pretty = 2, digits = NA),
           file.path(out, "reference.json"))
