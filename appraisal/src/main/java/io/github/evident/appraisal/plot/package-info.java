/**
 * Figures of appraisals, as SVG drawn with {@link io.github.evident.core.svg}: the
 * traffic-light plot ({@link io.github.evident.appraisal.plot.TrafficLightPlot}) of component
 * and overall ratings per study, drawn like robvis' (McGuinness and Higgins 2021).
 *
 * <pre>{@code
 * String svg = TrafficLightPlot.of(Map.of("Gunn 2016", gunn.toStudyAppraisal())).toSvg();
 * }</pre>
 */
package io.github.evident.appraisal.plot;
