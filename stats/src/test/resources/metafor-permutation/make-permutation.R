# Exact permutation tests (metafor 3.8-1 permutest(exact = TRUE)) with tied moderator rows and
# with permutations whose fit fails. Usage: Rscript make-permutation.R (writes
# permutation_extra.json into the working directory).
suppressPackageStartupMessages({library(metafor); library(jsonlite)})
num <- function(x) unname(as.numeric(x))
exact_case <- function(yi, vi, cols, s) {
  X <- do.call(cbind, cols[s$m]); colnames(X) <- s$m
  maxiter <- if (is.null(s$maxiter)) 100 else s$maxiter
  res <- rma(yi, vi, mods = X, method = s$method, test = s$test, control = list(maxiter = maxiter))
  p <- permutest(res, exact = TRUE, progbar = FALSE)
  list(moderators = s$m, columns = lapply(s$m, function(n) cols[[n]]), method = s$method,
       test = s$test, maxiter = maxiter, exact_iter = num(p$exact.iter), zval = num(res$zval),
       QM = num(res$QM), pval = num(p$pval), QMp = num(p$QMp), failed = sum(is.na(p$QM.perm)))
}
dataset <- function(name, yi, vi, cols, specs) {
  list(name = name, yi = num(yi), vi = num(vi),
       cases = lapply(specs, function(s) exact_case(yi, vi, cols, s)))
}
d <- dat.hine1989
es <- escalc("RD", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = d)
hine <- dataset("hine1989 (RD, k = 6)", es$yi, es$vi,
  list(pair = c(1, 1, 2, 2, 3, 3), half = c(0, 0, 0, 1, 1, 1), alt = c(0, 1, 0, 1, 0, 1), study = d$study),
  list(list(m = "pair", method = "DL", test = "knha"), list(m = "pair", method = "REML", test = "z"),
       list(m = "half", method = "REML", test = "knha"), list(m = "half", method = "EE", test = "z"),
       list(m = c("pair", "alt"), method = "DL", test = "z"),
       list(m = c("study", "alt"), method = "HE", test = "knha")))
b <- dat.bcg[1:7, ]
eb <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = b)
# With few Fisher scoring iterations allowed, many permuted fits do not converge; metafor leaves
# them out of its p values.
bcg <- dataset("bcg trials 1-7 (log RR, k = 7)", eb$yi, eb$vi, list(ablat = b$ablat),
  list(list(m = "ablat", method = "REML", test = "z", maxiter = 5),
       list(m = "ablat", method = "ML", test = "knha", maxiter = 6)))
out <- list(name = "permutation_extra",
            description = "exact permutation tests with tied moderator rows and with failed permuted fits",
            metafor_version = as.character(packageVersion("metafor")),
            r_version = paste(R.version$major, R.version$minor, sep = "."),
            control = "metafor defaults except maxiter where a case gives it",
            datasets = list(hine, bcg))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "permutation_extra.json")
