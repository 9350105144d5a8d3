# Reference values for the per-study weights of Evident's Mantel-Haenszel and Peto pooling:
# metafor's weights() of rma.mh (OR, RR, RD) and rma.peto, in percent, on the tables of
# make-zero-cells.R and the magnesium trials (dat.egger2001).
# Run: Rscript make-weights.R > weights.json  (R 4.2.2, metafor 3.8-1 and jsonlite from Debian)
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

cases <- list(
  list(name = "zero_cells",
       ai = c(0, 3, 5, 0, 12, 2), bi = c(20, 17, 45, 30, 88, 38),
       ci = c(2, 0, 9, 0, 20, 6), di = c(18, 21, 41, 28, 80, 34)),
  list(name = "double_zeros",
       ai = c(0, 4, 0, 7, 10, 1), bi = c(15, 26, 40, 13, 0, 49),
       ci = c(0, 9, 0, 11, 12, 3), di = c(15, 21, 38, 9, 0, 47)),
  list(name = "single_table",
       ai = c(8), bi = c(42), ci = c(15), di = c(35)),
  list(name = "bcg",
       ai = dat.bcg$tpos, bi = dat.bcg$tneg, ci = dat.bcg$cpos, di = dat.bcg$cneg),
  list(name = "egger2001",
       ai = dat.egger2001$ai, bi = dat.egger2001$n1i - dat.egger2001$ai,
       ci = dat.egger2001$ci, di = dat.egger2001$n2i - dat.egger2001$ci)
)

w <- function(r) I(unname(as.numeric(weights(r))))

out <- lapply(cases, function(cs) {
  mh <- function(m) suppressWarnings(rma.mh(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di,
                                            measure = m))
  list(name = cs$name,
       inputs = data.frame(ai = cs$ai, bi = cs$bi, ci = cs$ci, di = cs$di),
       weights = list(OR = w(mh("OR")), RR = w(mh("RR")), RD = w(mh("RD")),
                      PETO = w(suppressWarnings(rma.peto(ai = cs$ai, bi = cs$bi, ci = cs$ci,
                                                         di = cs$di)))))
})

cat(toJSON(list(name = "weights",
                description = "weights() of rma.mh (OR, RR, RD) and rma.peto, in percent",
                metafor_version = as.character(packageVersion("metafor")),
                r_version = paste(R.version$major, R.version$minor, sep = "."),
                control = "rma.mh and rma.peto defaults",
                cases = out),
           auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "\n")
