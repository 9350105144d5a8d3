# Reference values for Evident's Mantel-Haenszel and Peto pooling on tables with zero cells,
# double zeros and a single study, and the BCG trials. Run: Rscript make-zero-cells.R > zero_cells.json
# (R 4.2.2, metafor 3.8-1 and jsonlite from Debian: apt-get install r-cran-metafor r-cran-jsonlite)
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

cases <- list(
  list(name = "zero_cells",            # single zeros in several arms and one table without events
       ai = c(0, 3, 5, 0, 12, 2), bi = c(20, 17, 45, 30, 88, 38),
       ci = c(2, 0, 9, 0, 20, 6), di = c(18, 21, 41, 28, 80, 34)),
  list(name = "double_zeros",          # two tables without events, one with events only
       ai = c(0, 4, 0, 7, 10, 1), bi = c(15, 26, 40, 13, 0, 49),
       ci = c(0, 9, 0, 11, 12, 3), di = c(15, 21, 38, 9, 0, 47)),
  list(name = "two_tables",
       ai = c(1, 14), bi = c(29, 86), ci = c(0, 25), di = c(31, 75)),
  list(name = "single_table",
       ai = c(8), bi = c(42), ci = c(15), di = c(35)),
  list(name = "bcg",                   # dat.bcg, for the printed CMH (MH) and correct = FALSE
       ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg)
)

num <- function(x) if (is.null(x) || is.na(x)) NA else unname(as.numeric(x))

fit_out <- function(r) list(k = r$k, estimate = num(r$beta), se = num(r$se), stat = num(r$zval),
  pval = num(r$pval), ci_lb = num(r$ci.lb), ci_ub = num(r$ci.ub), I2 = num(r$I2),
  H2 = num(r$H2), QE = num(r$QE), QEp = num(r$QEp))

mh <- function(cs, measure, correct = TRUE) {
  r <- suppressWarnings(rma.mh(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di, measure = measure,
              correct = correct))
  out <- c(list(measure = measure, correct = correct), fit_out(r))
  if (measure == "OR")
    out <- c(out, list(CMH = num(r$CO), CMHp = num(r$COp), MH = num(r$MH), MHp = num(r$MHp),
                       tarone = num(r$TA), taroneP = num(r$TAp), BD = num(r$BD), BDp = num(r$BDp)))
  out
}

out <- lapply(cases, function(cs) {
  list(name = cs$name,
       inputs = data.frame(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di),
       mh = list(mh(cs, "OR"), mh(cs, "RR"), mh(cs, "RD"), mh(cs, "OR", correct = FALSE)),
       peto = fit_out(suppressWarnings(rma.peto(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di))))
})

cat(toJSON(list(name = "zero_cells",
                description = "Mantel-Haenszel (OR, RR, RD; OR also with correct = FALSE) and Peto on tables with zero cells",
                metafor_version = as.character(packageVersion("metafor")),
                r_version = paste(R.version$major, R.version$minor, sep = "."),
                control = "rma.mh and rma.peto defaults: add = 1/2, to = 'only0', drop00 = TRUE",
                cases = out),
           auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "\n")
