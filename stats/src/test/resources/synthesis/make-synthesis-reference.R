# Reference values for io.github.evident.stats.synthesis tests.
#
# Regenerate from the repository root with (R >= 4.2, Debian packages r-cran-metap,
# r-cran-rmpfr, r-cran-jsonlite):
#   Rscript stats/src/test/resources/synthesis/make-synthesis-reference.R stats/src/test/resources/synthesis
#
# Writes p-combination.json, vote-counting.json, quantiles.json and effect-direction.json (the
# distribution tails moved to core/src/test/resources/distributions).
# jsonlite writes 15 significant digits; random inputs are rounded to 12 significant digits
# before use so that the inputs in the JSON are exactly the ones the references were computed from.

suppressPackageStartupMessages({
  library(metap)
  library(Rmpfr)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "."

engine <- sprintf("R %s.%s, metap %s, Rmpfr %s, jsonlite %s",
                  R.version$major, R.version$minor, packageVersion("metap"),
                  packageVersion("Rmpfr"), packageVersion("jsonlite"))

write_ref <- function(x, file) {
  writeLines(toJSON(x, auto_unbox = TRUE, digits = NA, pretty = TRUE),
             file.path(out, file))
}

# ---------------------------------------------------------------- combining p values
# Exact Irwin-Hall lower tail P(S <= s) in 2000-bit arithmetic (the double-precision
# alternating sum used by metap::sump loses about 0.17 k digits).
irwin_hall_exact <- function(p) {
  k <- length(p)
  s <- sum(mpfr(p, 2000))
  terms <- lapply(0:floor(asNumeric(s)), function(i)
    (-1)^i * chooseMpfr(k, i) * (s - i)^k)
  asNumeric(Reduce(`+`, terms) / factorialMpfr(k))
}

set.seed(20261124)
cases <- list(
  list(name = "handbook golden", p = c(0.01, 0.02, 0.3, 0.5)),
  list(name = "two studies", p = c(0.04, 0.2)),
  list(name = "tiny p values", p = c(1e-20, 1e-12, 0.3)),
  list(name = "extreme p value", p = c(1e-300, 0.5, 0.5)),
  list(name = "all against", p = c(0.9, 0.95, 0.6, 0.99)),
  list(name = "p of one", p = c(0.03, 1, 0.2)),
  list(name = "uniform k=10", p = signif(runif(10), 12)),
  list(name = "beta k=30", p = signif(rbeta(30, 0.6, 1), 12)),
  list(name = "uniform k=50", p = signif(runif(50), 12)),
  list(name = "beta k=100", p = signif(rbeta(100, 0.8, 1), 12)),
  list(name = "beta k=150", p = signif(rbeta(150, 0.9, 1), 12)),
  list(name = "strong evidence k=60", p = signif(rbeta(60, 0.15, 1), 12)),
  list(name = "strong evidence k=400", p = signif(rbeta(400, 0.3, 1), 12))
)
weighted <- list(
  list(name = "weights given", p = c(0.01, 0.02, 0.3, 0.5), weights = c(1, 2.5, 3, 0.5)),
  list(name = "sqrt n", p = c(0.04, 0.2, 0.6, 0.001, 0.3), n = c(20L, 150L, 45L, 12L, 400L)),
  list(name = "sqrt n k=10", p = signif(runif(10), 12), n = sample(10:500, 10))
)

combine <- function(case) {
  p <- case$p
  k <- length(p)
  # metap's sumz and logitp drop p values equal to 1; those cases are not compared.
  valid_open <- all(p < 1)
  res <- list(name = case$name, p = p)
  f <- sumlog(p)
  res$fisher <- list(statistic = f$chisq, df = f$df, p = f$p)
  if (valid_open) {
    s <- sumz(p)
    res$stouffer <- list(statistic = as.numeric(s$z), p = as.numeric(s$p))
    l <- logitp(p)
    res$logit <- list(statistic = l$t, df = l$df, p = l$p)
  }
  m <- minimump(p)
  res$tippett <- list(statistic = min(p), p = m$p)
  if (k <= 100) {
    exact <- irwin_hall_exact(p)
    if (k <= 20) {
      stopifnot(isTRUE(all.equal(exact, sump(p)$p, tolerance = 1e-10)))
      res$edgington <- list(statistic = sum(p), p = sump(p)$p, engine = "metap::sump")
    } else {
      res$edgington <- list(statistic = sum(p), p = exact,
                            engine = "exact Irwin-Hall in Rmpfr, 2000 bits")
    }
  } else {
    mp <- meanp(p)
    res$edgington <- list(statistic = sum(p), z = mp$z, p = mp$p, engine = "metap::meanp")
  }
  res
}

combine_weighted <- function(case) {
  w <- if (!is.null(case$weights)) case$weights else sqrt(case$n)
  s <- sumz(case$p, weights = w)
  res <- list(name = case$name, p = case$p)
  if (!is.null(case$weights)) res$weights <- case$weights else res$n <- case$n
  res$statistic <- as.numeric(s$z)
  res$pvalue <- as.numeric(s$p)
  res
}

write_ref(list(
  provenance = paste0(engine, ". Calls: metap::sumlog(p), metap::sumz(p), ",
                      "metap::sumz(p, weights = w) with w given or sqrt(n), metap::sump(p) (k <= 20), ",
                      "exact Irwin-Hall sum in Rmpfr (20 < k <= 100), metap::meanp(p) (k > 100), ",
                      "metap::minimump(p), metap::logitp(p)."),
  cases = lapply(cases, combine),
  weighted = lapply(weighted, combine_weighted)
), "p-combination.json")

# ---------------------------------------------------------------- vote counting
votes <- list(c(10, 12), c(0, 5), c(5, 5), c(3, 7), c(1, 1), c(50, 100), c(1, 1000),
              c(17, 40), c(6, 6), c(7, 20), c(999, 1000))
levels <- c(0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.9, 0.99, 0.8, 0.95)
vote_case <- function(i) {
  u <- votes[[i]][1]; n <- votes[[i]][2]; level <- levels[i]; a <- 1 - level
  b <- binom.test(u, n, p = 0.5, conf.level = level)
  w <- suppressWarnings(prop.test(u, n, conf.level = level, correct = FALSE))
  jl <- if (u == 0) 0 else qbeta(a / 2, u + 0.5, n - u + 0.5)
  ju <- if (u == n) 1 else qbeta(1 - a / 2, u + 0.5, n - u + 0.5)
  list(favourable = u, n = n, confidenceLevel = level,
       signTestP = b$p.value,
       clopperPearson = as.numeric(b$conf.int),
       wilson = as.numeric(w$conf.int),
       jeffreys = c(jl, ju))
}
write_ref(list(
  provenance = paste0(engine, ". Calls: binom.test(u, n, p = 0.5, conf.level = level) ",
                      "(sign test P and Clopper-Pearson), prop.test(u, n, conf.level = level, ",
                      "correct = FALSE) (Wilson), qbeta(c(a/2, 1 - a/2), u + 0.5, n - u + 0.5) ",
                      "(Jeffreys; lower 0 when u = 0, upper 1 when u = n)."),
  cases = lapply(seq_along(votes), vote_case)
), "vote-counting.json")

# ---------------------------------------------------------------- quantiles
qx <- list(c(0.2), c(0.5, -0.1), c(1, 2, 3, 4), c(-0.3, 0.12, 0.45, 0.45, 0.8, 1.9, -1.2),
           round(rnorm(13, 0.3, 0.5), 3), c(0.1, 0.1, 0.1))
write_ref(list(
  provenance = paste0(engine, ". Call: quantile(x, c(0, 0.25, 0.5, 0.75, 1), type = 7), ",
                      "IQR(x, type = 7)."),
  cases = lapply(qx, function(x) list(x = x,
                                      quantiles = unname(quantile(x, c(0, .25, .5, .75, 1), type = 7)),
                                      iqr = IQR(x, type = 7)))
), "quantiles.json")

# ---------------------------------------------------------------- effect direction
# Outcome directions: 1 improvement, -1 deterioration, 0 no change / mixed.
ed <- data.frame(
  study = c("A", "A", "A", "A", "B", "B", "B", "C", "C", "C", "C", "D", "D", "E", "E", "E", "F", "F"),
  domain = c("mental", "mental", "mental", "qol", "mental", "mental", "qol", "mental", "mental",
             "mental", "safety", "mental", "qol", "mental", "qol", "safety", "mental", "safety"),
  direction = c(1, 1, 1, -1, 1, -1, 1, 1, 1, 0, 1, -1, 1, 1, 0, 1, 1, -1))
sizes <- c(A = 42, B = 120, C = 301, D = 50, E = 300, F = 49)
domain_dir <- function(d, threshold) {
  tab <- c(improvement = mean(d == 1), deterioration = mean(d == -1), noChange = mean(d == 0))
  if (any(tab >= threshold)) names(tab)[which(tab >= threshold)] else "conflicting"
}
rule <- function(threshold) {
  cells <- aggregate(direction ~ study + domain, ed, function(d) domain_dir(d, threshold))
  names(cells)[3] <- "direction"
  tests <- lapply(sort(unique(ed$domain)), function(dom) {
    dirs <- cells$direction[cells$domain == dom]
    u <- sum(dirs == "improvement"); n <- u + sum(dirs == "deterioration")
    list(domain = dom, favourable = u, n = n, excluded = length(dirs) - n,
         signTestP = if (n > 0) binom.test(u, n)$p.value else NULL)
  })
  list(threshold = threshold, cells = cells, signTests = tests)
}
write_ref(list(
  provenance = paste0(engine, ". The 70% rule of Boon and Thomson (2021) applied in R to the ",
                      "outcomes below (a domain takes a direction when at least `threshold` of its ",
                      "outcomes share it, else conflicting); per-domain sign test ",
                      "binom.test(u, n)$p.value with no change and conflicting excluded."),
  outcomes = ed,
  interventionGroupSizes = as.list(sizes),
  rules = list(rule(0.7), rule(0.6))
), "effect-direction.json")
