# Reference values for the per-study weights of Evident's Mantel-Haenszel and Peto pooling:
# metafor's weights() of rma.mh (OR, RR, RD) and rma.peto, in percent, on the tables of
# make-zero-cells.R and the magnesium trials (dat.egger2001).
# Run in this folder: Rscript make-weights.R > weights.json
# (R 4.2.2, metafor 3.8-1 and jsonlite from Debian)
suppressPackageStartupMessages({ library(metafor); library(jsonlite) })

# the tables of make-zero-cells.R, read from its output, and the magnesium trials
zc <- fromJSON("zero_cells.json")$cases
cases <- lapply(c("zero_cells", "double_zeros", "single_table", "bcg"), function(n) {
  t <- zc$inputs[[which(zc$name == n)]]
  list(name = n, ai = t$ai, bi = t$bi, ci = t$ci, di = t$di)
})
cases[[5]] <- list(name = "egger2001",
                   ai = dat.egger2001$ai, bi = dat.egger2001$n1i - dat.egger2001$ai,
                   ci = dat.egger2001$ci, di = dat.egger2001$n2i - dat.egger2001$ci)

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
