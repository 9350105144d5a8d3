# Cohen's kappa from two reviewers' labels with R psych::cohen.kappa, written to
# psych-cohen-kappa.json. Used by ReadmeExampleTest (the README usage example).
# psych 2.2.9 (Debian r-cran-psych), R 4.2.2.  Run: Rscript psych-cohen-kappa.R > psych-cohen-kappa.json
# Note: psych's variance of the *weighted* kappa is not the Fleiss-Cohen-Everitt (1969) variance
# that statsmodels and SAS report, so only the unweighted variance is used as a reference.
suppressMessages(library(psych))
library(jsonlite)
lev <- c("STRONG", "MODERATE", "WEAK")
r1 <- c("STRONG", "WEAK", "MODERATE", "WEAK", "MODERATE", "STRONG", "MODERATE", "STRONG", "WEAK", "MODERATE")
r2 <- c("STRONG", "MODERATE", "MODERATE", "WEAK", "WEAK", "STRONG", "MODERATE", "MODERATE", "WEAK", "MODERATE")
tab <- table(factor(r1, levels = lev), factor(r2, levels = lev))
ck <- cohen.kappa(tab)  # default weights: quadratic, (i - j)^2 / (k - 1)^2
cat(toJSON(list(
  provenance = paste0("psych::cohen.kappa(table(r1, r2)), psych ", packageVersion("psych"), ", ",
                      R.version.string),
  categories = lev, rater1 = r1, rater2 = r2, table = unclass(tab),
  kappa = ck$kappa, var_kappa = ck$var.kappa, weighted_kappa_quadratic = ck$weighted.kappa),
  auto_unbox = TRUE, digits = NA, pretty = TRUE))
