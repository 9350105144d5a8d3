# Reference values for Gwet's AC1 (two raters, unweighted), written to gwet-ac1.json.
#
# Gwet's own R package irrCAC (function gwet.ac1.table) is not packaged for Debian and there is
# no network access to CRAN here, so this script implements the same formulas directly from
# Gwet KL (2008) "Computing inter-rater reliability and its variance in the presence of high
# agreement", Br J Math Stat Psychol 61:29-48, with sampling fraction f = 0, exactly as
# irrCAC::gwet.ac1.table computes them (identity weights). It is an independent implementation
# (R, not Java) and is cross-checked against irrCAC's published 3-decimal outputs for the first two
# tables (see README.md).
#
# Run: Rscript gwet-ac1.R > gwet-ac1.json   (R 4.2.2, jsonlite)
library(jsonlite)

ac1 <- function(tab) {
  tab <- as.matrix(tab)
  q <- ncol(tab); n <- sum(tab)
  pkl <- tab / n
  pa <- sum(diag(pkl))
  pik <- (rowSums(pkl) + colSums(pkl)) / 2
  pe <- sum(pik * (1 - pik)) / (q - 1)
  g <- (pa - pe) / (1 - pe)
  w <- diag(q)
  sum1 <- 0
  for (k in 1:q) for (l in 1:q)
    sum1 <- sum1 + pkl[k, l] * (w[k, l] - 2 * (1 - g) * (1 - (pik[k] + pik[l]) / 2) / (q - 1))^2
  v <- (sum1 - (pa - 2 * (1 - g) * pe)^2) / (n * (1 - pe)^2)
  se <- sqrt(v)
  z <- qnorm(0.975)
  list(ac1 = g, pa = pa, pe = pe, variance = v, se = se,
       ci_normal = c(g - z * se, g + z * se),
       p_normal = 2 * pnorm(-abs(g / se)))
}

cases <- list(
  # Gwet (2014) Handbook of Inter-Rater Reliability, 4th ed.; irrCAC dataset cont3x3abstractors
  list(name = "cont3x3abstractors",
       table = rbind(c(13, 0, 0), c(0, 20, 7), c(0, 4, 56))),
  # irrCAC dataset cont4x4diagnosis (223 psychiatric patients, two diagnosis methods)
  list(name = "cont4x4diagnosis",
       table = rbind(c(40, 4, 4, 17), c(6, 25, 2, 13), c(4, 1, 21, 12), c(15, 5, 9, 45))),
  # the kappa.json tables
  list(name = "ephpp_three_level", table = rbind(c(11, 3, 1), c(2, 14, 4), c(0, 3, 22))),
  list(name = "binary_agreement", table = rbind(c(20, 5), c(10, 15))),
  # a kappa-paradox table: one category dominates
  list(name = "kappa_paradox", table = rbind(c(118, 5), c(2, 0))),
  # the README example's table (psych-cohen-kappa.json)
  list(name = "readme_example", table = rbind(c(2, 1, 0), c(0, 3, 1), c(0, 1, 2)))
)
out <- lapply(cases, function(cs) c(list(name = cs$name, table = cs$table), ac1(cs$table)))
cat(toJSON(list(provenance = paste0(
  "Gwet (2008) AC1 formulas as in irrCAC::gwet.ac1.table (f = 0), implemented in gwet-ac1.R; ",
  R.version.string), cases = out), auto_unbox = TRUE, digits = NA, pretty = TRUE))
