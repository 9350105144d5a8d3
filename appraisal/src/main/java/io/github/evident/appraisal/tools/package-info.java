/**
 * Published appraisal tools encoded as rule sets: {@link
 * io.github.evident.appraisal.tools.Ephpp} (EPHPP quality assessment tool for quantitative
 * studies, dictionary and common-practice rules), {@link io.github.evident.appraisal.tools.Nice}
 * (NICE appendix H for qualitative studies and appendix F for intervention studies, with a
 * documented suggestion and a required reviewer judgement) and {@link
 * io.github.evident.appraisal.tools.Rob2} (Cochrane RoB 2 flowcharts).
 *
 * <p>Each class gives the checklist, the scale and one or more rule sets; each rule carries a
 * description that appears in the trace of every rating it gives.
 */
package io.github.evident.appraisal.tools;
