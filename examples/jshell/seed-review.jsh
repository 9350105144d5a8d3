// The seed review (Turner et al., PROSPERO CRD42020204592) as a JShell session.
// From the project root:  examples/jshell/jshell.sh  then  /open examples/jshell/seed-review.jsh
// Writes reports/seed-review.html (or into the directory named by -Devident.reports=...).

import io.github.evident.core.json.ReviewJson;
import io.github.evident.core.model.Review;
import io.github.evident.examples.*;
import io.github.evident.report.EvidenceReport;
import io.github.evident.stats.effect.CorrelationSensitivity;
import io.github.evident.stats.effect.Direction;
import io.github.evident.stats.effect.EffectSize;
import io.github.evident.stats.effect.EffectSizeConversions;
import io.github.evident.stats.plan.*;
import java.nio.file.Path;

// The review: question, search, PRISMA counts and the ten studies of Table 1
Review review = ReviewJson.read(Path.of("examples/data/seed-review.json"));
System.out.println(review);
System.out.println(review.prisma().orElseThrow().check().summary());
review.warnings().forEach(System.out::println);

// Appraisals replayed from the reviewers' recorded answers reproduce Table 1's ratings
SeedAppraisals appraisals = SeedAppraisals.load();
appraisals.consensus().get("gunn2016");
appraisals.agreement().values().forEach(a -> System.out.println(a.summary()));

// The synthesis plan: narrative synthesis, with the reasons the paper gives (outcome
// constructs, interventions and designs differ) and those it does not state
SynthesisPlan plan = SynthesisPlanner.withDefaults().plan(review);
plan.conclusion();                 // NARRATIVE
System.out.println(plan.summary());
System.out.println(SwimChecklist.of(plan).summary());

// What the reported changes allow: only means and bounded p values, so bounds
ReportedChanges changes = ReportedChanges.of(review);
System.out.println(changes.summary());

// Christo inventory (Litchfield 2010): 12.05 -> 8.97, p < .001, 34 pairs. Taking p at its bound
// gives the smallest |t| consistent with the report, and so a lower bound on |d_z|:
double t = EffectSizeConversions.tFromTwoSidedP(0.001, 33, Direction.NEGATIVE);
EffectSize dzBound = EffectSizeConversions.dzFromPairedT(t, 34);
Math.abs(dzBound.estimate());   // 0.6193 (R: qt(0.0005, 33, lower.tail = FALSE) / sqrt(34))
// d_rm needs the pre-post correlation, which is not reported: a sensitivity over r
CorrelationSensitivity byR = CorrelationSensitivity.over(new double[] {0.2, 0.5, 0.8},
    r -> EffectSizeConversions.drmFromPairedT(t, 34, r));
System.out.println(byR.summary());

// The HTML evidence report
EvidenceReport report = SeedReview.evidenceReport(review);
Path file = report.write(Path.of(System.getProperty("evident.reports", "reports"),
    "seed-review.html"));
System.out.println("Report: " + file);
