package io.github.evident.stats.synthesis;

/**
 * A method for combining one-sided p values from independent studies.
 *
 * <p>With {@code p_i} the one-sided p value of study {@code i} in a pre-specified direction and
 * {@code z_i = Phi^-1(1 - p_i)}:
 *
 * <table>
 *   <caption>Statistics and their null distributions</caption>
 *   <tr><th>method</th><th>statistic</th><th>null distribution</th></tr>
 *   <tr><td>{@link #FISHER}</td><td>{@code -2 sum ln p_i}</td>
 *       <td>chi-squared, {@code 2k} df</td></tr>
 *   <tr><td>{@link #STOUFFER}</td><td>{@code sum z_i / sqrt(k)}</td><td>standard normal</td></tr>
 *   <tr><td>{@link #WEIGHTED_STOUFFER}</td><td>{@code sum w_i z_i / sqrt(sum w_i^2)}</td>
 *       <td>standard normal</td></tr>
 *   <tr><td>{@link #EDGINGTON}</td><td>{@code sum p_i}</td><td>Irwin-Hall</td></tr>
 *   <tr><td>{@link #TIPPETT}</td><td>{@code min p_i}</td><td>{@code 1 - (1 - p)^k}</td></tr>
 *   <tr><td>{@link #LOGIT}</td><td>{@code -sum ln(p_i / (1 - p_i)) / sqrt(k pi^2 (5k + 2) / (3 (5k
 *       + 4)))}</td><td>Student t, {@code 5k + 4} df</td></tr>
 * </table>
 *
 * <p>References: Fisher (1932) <i>Statistical Methods for Research Workers</i>, 4th ed.; Stouffer
 * et al. (1949) <i>The American Soldier</i>; Lipták (1958) <i>Publ. Math. Inst. Hung. Acad.
 * Sci.</i> 3:171-197; Edgington (1972) <i>J. Psychol.</i> 80:351-363; Tippett (1931) <i>The
 * Methods of Statistics</i>; Mudholkar and George (1979) in <i>Optimizing Methods in
 * Statistics</i>, 345-366; Becker (1994) in <i>The Handbook of Research Synthesis</i>, ch. 15.
 */
public enum PValueMethod {
  /** Fisher's sum of logs. */
  FISHER("Fisher"),
  /** Stouffer's sum of z scores, equal weights. */
  STOUFFER("Stouffer"),
  /** Stouffer's weighted sum of z scores (Lipták), weights by default {@code sqrt(n)}. */
  WEIGHTED_STOUFFER("weighted Stouffer"),
  /** Edgington's sum of p values. */
  EDGINGTON("Edgington"),
  /** Tippett's minimum p value. */
  TIPPETT("Tippett"),
  /** Mudholkar and George's sum of logits. */
  LOGIT("logit");

  private final String label;

  PValueMethod(String label) {
    this.label = label;
  }

  /**
   * A short human-readable name, for example {@code "weighted Stouffer"}.
   *
   * @return the name
   */
  public String label() {
    return label;
  }
}
