/**
 * The review model: an immutable, validated description of a systematic review and what it
 * extracted from its studies.
 *
 * <p>{@link io.github.evident.core.model.Review} holds the question, search, eligibility
 * criteria, PRISMA 2020 counts and {@link io.github.evident.core.model.Study studies}; a study
 * holds its citation, design, population, intervention, {@link
 * io.github.evident.core.model.Outcome outcomes} with results in every form papers report them
 * ({@link io.github.evident.core.model.ReportedResult}), qualitative themes, and its appraisals.
 *
 * <p>{@link io.github.evident.core.model.PrismaFlow} checks the arithmetic of a review's PRISMA
 * 2020 counts; the {@code evident-report} module draws them ({@code PrismaDiagram}).
 *
 * <p>Wide values are built with {@code X.builder()}; small ones are records. Every value
 * validates itself on construction and throws {@link java.lang.IllegalArgumentException} naming
 * the field and the offending value (and the study, where the check is made at study or review
 * level). What is allowed but suspect is reported by {@link
 * io.github.evident.core.model.Review#warnings()}.
 */
package io.github.evident.core.model;
