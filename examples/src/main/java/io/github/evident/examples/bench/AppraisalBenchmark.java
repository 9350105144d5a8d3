package io.github.evident.examples.bench;

import io.github.evident.appraisal.Answers;
import io.github.evident.appraisal.Appraisal;
import io.github.evident.appraisal.RuleSet;
import io.github.evident.appraisal.tools.Ephpp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of appraising one study with the EPHPP rule sets: every component rating with its
 * trace and the global rating, cycling through 1024 answer sets drawn with a fixed seed from the
 * form's codes (so dictionary gaps, and the open-component logic they trigger, occur as often as
 * random answers produce them).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppraisalBenchmark {

  private static final int STUDIES = 1024;

  /** The EPHPP items and the number of answer codes of each, in form order. */
  private static final Map<String, Integer> CODES = new LinkedHashMap<>();

  static {
    CODES.put("A1", 4);
    CODES.put("A2", 5);
    CODES.put("B", 8);
    CODES.put("C1", 3);
    CODES.put("C2", 4);
    CODES.put("D1", 3);
    CODES.put("D2", 3);
    CODES.put("E1", 3);
    CODES.put("E2", 3);
    CODES.put("F1", 4);
    CODES.put("F2", 5);
  }

  private final Answers[] answers = new Answers[STUDIES];
  private final RuleSet dictionary = Ephpp.dictionary();
  private final RuleSet commonPractice = Ephpp.commonPractice();
  private int next;

  /** Draws the answer sets with a fixed seed. */
  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(BenchmarkData.SEED);
    for (int i = 0; i < STUDIES; i++) {
      Map<String, String> a = new LinkedHashMap<>();
      CODES.forEach((item, n) -> a.put(item, Integer.toString(1 + random.nextInt(n))));
      answers[i] = Answers.of(a);
    }
  }

  private Answers nextAnswers() {
    Answers a = answers[next];
    next = (next + 1) & (STUDIES - 1);
    return a;
  }

  /**
   * One appraisal with the dictionary as published (gaps left open).
   *
   * @return the appraisal
   */
  @Benchmark
  public Appraisal ephppDictionary() {
    return dictionary.appraise("KT", nextAnswers());
  }

  /**
   * One appraisal with the dictionary's gaps resolved as published reviews do.
   *
   * @return the appraisal
   */
  @Benchmark
  public Appraisal ephppCommonPractice() {
    return commonPractice.appraise("KT", nextAnswers());
  }
}
