# Reference values for io.github.evident.core.internal.Distributions.
#
# Regenerate from the repository root with base R only (R >= 4.2):
#   Rscript core/src/test/resources/distributions/make-distributions-reference.R core/src/test/resources/distributions
#
# Writes tails.json (the grids formerly in stats' make-synthesis-reference.R) and
# distributions.json. Numbers are written with 17 significant digits, so every double is exact.

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "."

engine <- sprintf("R %s.%s", R.version$major, R.version$minor)

num <- function(x) {
  if (is.infinite(x)) return(if (x > 0) "\"Infinity\"" else "\"-Infinity\"")
  sprintf("%.17g", x)
}
obj <- function(...) {
  v <- list(...)
  paste0("{", paste0("\"", names(v), "\": ", vapply(v, num, ""), collapse = ", "), "}")
}
arr <- function(items) paste0("[\n    ", paste(items, collapse = ",\n    "), "\n  ]")
write_ref <- function(provenance, sections, file) {
  body <- paste0("  \"", names(sections), "\": ", unlist(sections), collapse = ",\n")
  writeLines(paste0("{\n  \"provenance\": \"", provenance, "\",\n", body, "\n}"),
             file.path(out, file))
}
grid <- function(xs, ys, f) unlist(lapply(ys, function(y) lapply(xs, function(x) f(x, y))))

# ---------------------------------------------------------------- tails.json
qp <- c(10^-(1:300), 1e-320, 0.2, 0.3, 0.45, 0.5, 0.55, 0.7, 0.9, 0.99, 0.999999)
zs <- c(-5, -1.5, -0.3, 0, 0.3, 1, 1.96, 3, 5, 7.9, 8, 8.1, 10, 15, 20, 26, 30, 35, 38)
tdf <- c(14, 19, 24, 54, 504, 754)
tt <- c(-3, -0.5, 0, 0.01, 0.5, 1, 2.5, 5, 10, 30, 100)
cdf <- c(4, 8, 20, 100, 300)
cx <- c(0.5, 3, 8, 20.83, 50, 150, 400, 1381.5)
write_ref(paste0(engine, ". Calls: qnorm(p, lower.tail = FALSE), pnorm(z, lower.tail = FALSE), ",
                 "pt(t, df, lower.tail = FALSE), pchisq(x, df, lower.tail = FALSE)."), list(
  normalQuantile = arr(sapply(qp, function(p) obj(p = p, z = qnorm(p, lower.tail = FALSE)))),
  normalUpper = arr(sapply(zs, function(z) obj(z = z, p = pnorm(z, lower.tail = FALSE)))),
  studentTUpper = arr(grid(tt, tdf, function(t, df)
    obj(t = t, df = df, p = pt(t, df, lower.tail = FALSE)))),
  chiSquaredUpper = arr(grid(cx, cdf, function(x, df)
    obj(x = x, df = df, p = pchisq(x, df, lower.tail = FALSE))))
), "tails.json")

# ---------------------------------------------------------------- distributions.json
# Each section names the R call; tails in both directions, two-sided p values and quantiles,
# including tiny probabilities and small or large degrees of freedom. Lower-tail quantiles stop at
# p = 0.999: nearer 1, R (qt, qchisq) and any inversion of the lower tail lose digits.
lz <- c(0, 1, 5, 8, 8.5, 10, 20, 38, 40, 100, 1000)
nz <- c(-3, -1.96, 0, 0.5, 1.96, 3.29, 6, 9, 12)
levels <- c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-9)
t2 <- c(0, 0.001, 0.5, 1.96, 2.5, 4, 10, 50, 1e3)
t2df <- c(1, 2.5, 4, 11, 30, 250, 1e5)
tq <- c(1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.025, 0.05, 0.2, 0.5, 0.8, 0.975, 0.999, 1 - 1e-12)
tqdf <- c(1, 3, 9, 30, 1000)
tsq <- c(1e-12, 1e-4, 0.01, 0.05, 0.5, 0.99, 0.999)
csx <- c(0.001, 0.5, 3, 8.5, 30, 200)
csdf <- c(1, 2, 5.5, 30, 500)
csq <- c(1e-10, 0.001, 0.025, 0.5, 0.975, 0.999)
fx <- c(0.01, 0.5, 1, 2.5, 10, 100)
fdf <- list(c(1, 1), c(2, 10), c(3, 27), c(10, 4.5), c(40, 200))
fq <- c(1e-8, 0.025, 0.5, 0.95, 0.975, 0.999)
bq <- list(c(0.025, 3, 8), c(0.975, 4, 7), c(0.025, 0.5, 10.5), c(0.975, 12.5, 0.5), c(1e-6, 2, 2))
bn <- list(c(7, 10), c(10, 10), c(0, 5), c(31, 50), c(60, 100), c(180, 200))
fgrid <- function(xs, f) unlist(lapply(fdf, function(d) lapply(xs, function(x) f(x, d[1], d[2]))))
write_ref(paste0(engine, ". Calls: pnorm(z, lower.tail = FALSE, log.p = TRUE), 2 * pnorm(-abs(z)), ",
                 "qnorm((1 - level) / 2, lower.tail = FALSE), pt(t, df) and pt(t, df, lower.tail = FALSE), ",
                 "2 * pt(-abs(t), df), qt(p, df, lower.tail = FALSE), qt(p / 2, df, lower.tail = FALSE), ",
                 "pchisq(x, df) and with lower.tail = FALSE, qchisq(p, df), pf(x, df1, df2) and with ",
                 "lower.tail = FALSE, qf(p, df1, df2), qbeta(p, a, b), ",
                 "pbinom(m - 1, n, 0.5, lower.tail = FALSE), lgamma(x)."), list(
  logNormalUpper = arr(sapply(lz, function(z) obj(z = z, logp = pnorm(z, lower.tail = FALSE, log.p = TRUE)))),
  normalTwoSided = arr(sapply(nz, function(z) obj(z = z, p = 2 * pnorm(-abs(z))))),
  normalCritical = arr(sapply(levels, function(l) obj(level = l, z = qnorm((1 - l) / 2, lower.tail = FALSE)))),
  tTails = arr(grid(c(-t2[-1], t2), t2df, function(t, df)
    obj(t = t, df = df, lower = pt(t, df), upper = pt(t, df, lower.tail = FALSE),
        twoSided = 2 * pt(-abs(t), df)))),
  tUpperQuantile = arr(grid(tq, tqdf, function(p, df)
    obj(p = p, df = df, q = qt(p, df, lower.tail = FALSE)))),
  tTwoSidedQuantile = arr(grid(tsq, tqdf, function(p, df)
    obj(p = p, df = df, q = qt(p / 2, df, lower.tail = FALSE)))),
  chiSquaredTails = arr(grid(csx, csdf, function(x, df)
    obj(x = x, df = df, lower = pchisq(x, df), upper = pchisq(x, df, lower.tail = FALSE)))),
  chiSquaredQuantile = arr(grid(csq, csdf, function(p, df) obj(p = p, df = df, q = qchisq(p, df)))),
  fTails = arr(fgrid(fx, function(x, d1, d2)
    obj(x = x, df1 = d1, df2 = d2, lower = pf(x, d1, d2), upper = pf(x, d1, d2, lower.tail = FALSE)))),
  fQuantile = arr(fgrid(fq, function(p, d1, d2) obj(p = p, df1 = d1, df2 = d2, q = qf(p, d1, d2)))),
  betaQuantile = arr(sapply(bq, function(b) obj(p = b[1], a = b[2], b = b[3], q = qbeta(b[1], b[2], b[3])))),
  binomialHalfUpper = arr(sapply(bn, function(b)
    obj(m = b[1], n = b[2], p = pbinom(b[1] - 1, b[2], 0.5, lower.tail = FALSE)))),
  logGamma = arr(sapply(c(0.5, 1, 1.5, 4.5, 10, 123.25), function(x) obj(x = x, y = lgamma(x))))
), "distributions.json")
