/**
 * A small, dependency-free SVG writer for Evident's figures (the PRISMA 2020 flow diagram,
 * forest plots, traffic-light plots), written without a browser.
 *
 * <p>{@link io.github.evident.core.svg.Element} values (rect, line, polyline, polygon, circle,
 * path, text, group) carry a {@link io.github.evident.core.svg.Style}; an
 * {@link io.github.evident.core.svg.Svg} document collects them with a title and description
 * for accessibility and writes deterministic, well-formed SVG text.
 * {@link io.github.evident.core.svg.TextMetrics} estimates text widths so that figure code can
 * lay out columns and wrap labels.
 *
 * <pre>{@code
 * Style font = Style.NONE.withFontFamily(TextMetrics.FONT_FAMILY).withFontSize(12);
 * List<String> lines = TextMetrics.wrap("Records removed before screening", 12, 120);
 * String svg = Svg.builder(160, 60).title("A box").style(font)
 *     .add(Element.rect(10, 10, 140, 40).withStyle(Style.fill("white").withStroke("black")))
 *     .add(Element.text(18, 26, lines, 15))
 *     .build().toSvg();
 * }</pre>
 */
package io.github.evident.core.svg;
