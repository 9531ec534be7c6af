package io.tollgate.console.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class BarChartTest {

    private static ChartText text(String id, List<String> slots) {
        return new ChartText(id, "Requests <per> hour & \"more\"", "Total 3 & peak <2>", "requests", slots, BigDecimal::toPlainString);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void anEmptySeriesDrawsTheAxesAndNoBar() throws Exception {
        String svg = BarChart.svg(text("chart-empty", List.of()), List.of(), Scale.counting(0));
        Document doc = parse(svg);
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        assertEquals(2, doc.getElementsByTagName("line").getLength() - 2, "two grid lines (0 and 1) and two axes");
        assertEquals(0, doc.getElementsByTagName("rect").getLength());
    }

    @Test
    void zerosInEverySlotDrawTheSlotLabelsButNoBar() throws Exception {
        Series zeros = new Series("m", List.of(BigDecimal.ZERO, BigDecimal.ZERO));
        Document doc = parse(BarChart.svg(text("chart-zero", List.of("01:00", "02:00")), List.of(zeros), Scale.counting(0)));
        assertEquals(0, doc.getElementsByTagName("rect").getLength());
        assertTrue(doc.getDocumentElement().getTextContent().contains("02:00"));
    }

    @Test
    void labelsTitlesAndLegendAreEscaped() throws Exception {
        Series a = new Series("<script>&\"a\"", List.of(BigDecimal.ONE, BigDecimal.TWO));
        Series b = new Series("b", List.of(BigDecimal.ZERO, BigDecimal.ONE));
        String svg = BarChart.svg(text("chart-x", List.of("<1>", "&2")), List.of(a, b), Scale.counting(3));
        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;&amp;&quot;a&quot;"), svg);
        Document doc = parse(svg);
        assertEquals("Requests <per> hour & \"more\"", doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Total 3 & peak <2>", doc.getElementsByTagName("desc").item(0).getTextContent());
        assertEquals("chart-x-title chart-x-desc", doc.getDocumentElement().getAttribute("aria-labelledby"));
    }

    @Test
    void barsStackAndAreScaledToTheAxis() throws Exception {
        Series a = new Series("a", List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(4)));
        Series b = new Series("b", List.of(BigDecimal.valueOf(2), BigDecimal.ZERO));
        String svg = BarChart.svg(text("chart-s", List.of("x", "y")), List.of(a, b), Scale.counting(4));
        Document doc = parse(svg);
        // slot 0: a from 0 to 2, b from 2 to 4 (the top); slot 1: a from 0 to 4; two legend swatches
        assertEquals(3 + 2, doc.getElementsByTagName("rect").getLength());
        double full = Frame.PLOT_HEIGHT;
        assertTrue(Pattern.compile("height=\"" + Svg.n(full) + "\"").matcher(svg).find(), "a bar at the axis' top is full height");
        assertTrue(svg.contains("<title>x · a: 2 · b: 2</title>"), svg);
    }

    @Test
    void aLineOfRatesDrawsADotPerSlot() throws Exception {
        Series rate = new Series("errors", List.of(BigDecimal.ZERO, new BigDecimal("2.5")));
        Document doc = parse(LineChart.svg(text("chart-l", List.of("a", "b")), rate, Scale.upTo(new BigDecimal("2.5"))));
        assertEquals(2, doc.getElementsByTagName("circle").getLength());
        assertEquals(1, doc.getElementsByTagName("polyline").getLength());
    }
}
