package org.citequiz.questionset.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WritersTest {

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void moodleXmlIsWellFormedWithOneQuestionPerTypeAndTheCitationInGeneralFeedback() throws Exception {
        String text = new MoodleXmlWriter().write("Set <one> -- & more", ExchangeRoundTripTest.tricky());
        Document doc = xml(text);
        NodeList questions = doc.getElementsByTagName("question");
        List<String> types = new ArrayList<>();
        for (int i = 0; i < questions.getLength(); i++) {
            types.add(((Element) questions.item(i)).getAttribute("type"));
        }
        assertEquals(List.of("category", "multichoice", "multichoice", "truefalse", "shortanswer", "shortanswer",
                "shortanswer", "numerical", "numerical", "ordering"), types);
        Element first = (Element) questions.item(1);
        assertEquals("Which city? Use a ~ or = sign {if} you: like\\ it",
                ((Element) first.getElementsByTagName("questiontext").item(0)).getTextContent().strip());
        String general = first.getElementsByTagName("generalfeedback").item(0).getTextContent().strip();
        assertTrue(general.startsWith("Good: yes\n\nSource: Atlas: {Europe} — Geo = Press, 2024-01-05\n“Paris is the"
                + " capital of France #1.”"), general);
        NodeList answers = first.getElementsByTagName("answer");
        assertEquals("100", ((Element) answers.item(0)).getAttribute("fraction"));
        assertEquals("0", ((Element) answers.item(1)).getAttribute("fraction"));
        Element numeric = (Element) questions.item(7);
        assertEquals("0.5", numeric.getElementsByTagName("tolerance").item(0).getTextContent());
        Element ordering = (Element) questions.item(9);
        NodeList items = ordering.getElementsByTagName("answer");
        assertEquals("a", items.item(0).getTextContent().strip());
        assertEquals("3", ((Element) items.item(2)).getAttribute("fraction"));
        assertTrue(text.contains("<text>N\\*A\\*T\\*O</text>"), "a literal * is escaped in short answers");
    }

    @Test
    void xmlDropsCharactersXmlCannotCarry() {
        assertEquals("a&lt;b&amp;c", MoodleXmlWriter.text("a<b\u0001&c"));
    }

    @Test
    void csvQuotesAsRfc4180AndDefusesFormulas() {
        String csv = new CsvTable(List.of("a", "b", "c", "d")).row(java.util.Arrays.asList("x,y", "say \"hi\"", "=SUM(A1)", null))
                .row(List.of("line\nbreak", "-3.5", "+", "@x")).toString();
        assertEquals("a,b,c,d\r\n\"x,y\",\"say \"\"hi\"\"\",'=SUM(A1),\r\n\"line\nbreak\",-3.5,'+,'@x\r\n", csv);
    }
}
