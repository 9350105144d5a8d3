# Reference values at the edges of double precision, computed in 80-digit arithmetic with
# mpmath (Python 3, mpmath 1.3.0): python3 make-extremes.py > extremes.json
import json
import mpmath as mp

mp.mp.dps = 80
INT_MAX = 2**31 - 1


def hedges_j(m):
    m = mp.mpf(m)
    return mp.exp(mp.loggamma(m / 2) - mp.log(mp.sqrt(m / 2)) - mp.loggamma((m - 1) / 2))


def smd(m1, sd1, n1, m2, sd2, n2):
    m = mp.mpf(n1) + n2 - 2
    sp = mp.sqrt(((n1 - 1) * mp.mpf(sd1) ** 2 + (n2 - 1) * mp.mpf(sd2) ** 2) / m)
    g = hedges_j(m) * (mp.mpf(m1) - m2) / sp
    v = mp.mpf(1) / n1 + mp.mpf(1) / n2 + g * g / (2 * (mp.mpf(n1) + n2))
    return g, v


def paired_t(before, after):
    d = [mp.mpf(a) - mp.mpf(b) for a, b in zip(after, before)]
    n = len(d)
    mean = sum(d) / n
    var = sum((e - mean) ** 2 for e in d) / (n - 1)
    return mean / mp.sqrt(var / n)


out = {
    "provenance": "mpmath " + mp.__version__ + ", 80 digits; make-extremes.py",
    "hedgesCorrection": [{"m": m, "J": float(hedges_j(m))}
                         for m in [2, 10, 999, 1000, 1e4, 1e6, 1e9, 2.0 * INT_MAX - 2]],
    "smd": [],
    "pairedT": [],
}
for case in [(1, 1, INT_MAX, 0, 1, INT_MAX), (1, 1, 1000, 0, 2, 500000)]:
    g, v = smd(*case)
    out["smd"].append({"m1": case[0], "sd1": case[1], "n1": case[2], "m2": case[3],
                       "sd2": case[4], "n2": case[5], "yi": float(g), "vi": float(v)})
for x, y in [([1e154, 2e154, 3e154], [1, 2, 4]), ([1e-300, 3e-300, 2e-300], [0, 0, 1e-300])]:
    out["pairedT"].append({"before": x, "after": y, "t": float(paired_t(x, y))})
print(json.dumps(out, indent=2))
