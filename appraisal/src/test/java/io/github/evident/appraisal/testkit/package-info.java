/**
 * A testkit for review teams who write or adapt rule sets: jqwik arbitraries of a checklist's
 * answers ({@link io.github.evident.appraisal.testkit.AppraisalArbitraries}) and assertions
 * that a rule set is complete, unambiguous, has exactly the gaps it documents and is monotone
 * ({@link io.github.evident.appraisal.testkit.RuleSetAssertions}). Shipped in the appraisal
 * module's test-jar.
 *
 * <pre>{@code
 * @Test void myRulesAreComplete() {
 *   RuleSetAssertions.assertComplete(myRules);
 *   RuleSetAssertions.assertUnambiguous(myRules);
 *   RuleSetAssertions.assertMonotone(myRules, List.of("STRONG", "MODERATE", "WEAK"));
 * }
 *
 * @Property boolean neverUndeterminedB(@ForAll("answers") Answers a) {
 *   return myRules.appraise(a).rating("B").isDetermined();
 * }
 * @Provide Arbitrary<Answers> answers() {
 *   return AppraisalArbitraries.answers(myRules.checklist());
 * }
 * }</pre>
 */
package io.github.evident.appraisal.testkit;
