package org.xxgk.checker.render;

import org.xxgk.checker.CheckResult;
import org.xxgk.checker.Finding;
import org.xxgk.checker.Severity;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes results as JUnit XML, the test report every CI system displays: a {@code testsuite} per report, a
 * {@code testcase} per finding (a report without findings has one passing case), a {@code failure} for each finding
 * at or above the failing level (ERROR unless {@code --fail-on} says otherwise), so that the failures are exactly
 * what makes {@code check} exit with 1. A file that could not be checked is a suite with one {@code error}.
 */
public final class JunitRenderer {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Severity failOn;

    /** @param failOn the least serious finding that is a failure */
    public JunitRenderer(Severity failOn) {
        this.failOn = failOn;
    }

    /** Starts the document; a suite is written as each report is added. */
    public ResultWriter writer(Writer out) throws IOException {
        XMLStreamWriter xml;
        try {
            xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "xxgk-checker");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return new ResultWriter() {
            @Override
            public void add(CheckResult result) throws IOException {
                try {
                    suite(result, xml);
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            }

            @Override
            public void notChecked(String source, String reason) throws IOException {
                try {
                    startSuite(source, 1, 0, 1, xml);
                    startCase(source, "读取年报文件", xml);
                    xml.writeStartElement("error");
                    xml.writeAttribute("message", xmlText("无法检查：" + reason));
                    xml.writeEndElement();
                    xml.writeEndElement();
                    endSuite(xml);
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            }

            @Override
            public void finish() throws IOException {
                try {
                    xml.writeCharacters("\n");
                    xml.writeEndElement();
                    xml.writeEndDocument();
                    xml.flush();
                    out.write(System.lineSeparator());
                    out.flush();
                } catch (XMLStreamException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    private void suite(CheckResult result, XMLStreamWriter xml) throws XMLStreamException {
        String source = result.source();
        long failures = result.findings().stream().filter(this::fails).count();
        startSuite(source, Math.max(1, result.findings().size()), failures, 0, xml);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property("organization", result.report().organization(), xml);
        property("year", result.report().year() == null ? "" : result.report().year().toString(), xml);
        property("verdict", result.verdict().name(), xml);
        xml.writeEndElement();
        if (result.findings().isEmpty()) {
            startCase(source, "全部规则", xml);
            xml.writeEndElement();
        }
        for (Finding finding : result.findings()) {
            startCase(source, finding.ruleId() + " " + finding.title(), xml);
            String detail = finding.message() + "\n依据：" + finding.clause()
                    + (finding.cells().isEmpty() ? "" : "\n单元格：" + TextRenderer.cells(finding.cells()));
            if (fails(finding)) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", finding.severity().name());
                xml.writeAttribute("message", xmlText(finding.message()));
                xml.writeCharacters(xmlText(detail));
            } else {
                // passes, but the finding is still shown in the case's output
                xml.writeStartElement("system-out");
                xml.writeCharacters(xmlText(finding.severity().name() + "：" + detail));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        endSuite(xml);
    }

    private boolean fails(Finding finding) {
        return finding.severity().atLeast(failOn);
    }

    private static void startSuite(String source, long tests, long failures, long errors, XMLStreamWriter xml)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlText(source));
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("skipped", "0");
    }

    private static void endSuite(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void startCase(String source, String name, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlText(source));
        xml.writeAttribute("name", xmlText(name));
    }

    private static void property(String name, String value, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", xmlText(value));
    }

    /**
     * Text XML 1.0 can hold: a report's text may carry control characters or broken surrogates, which no escape
     * makes legal, so each becomes U+FFFD.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean legal = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(legal ? text.substring(i, pair ? i + 2 : i + 1) : "\uFFFD");
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
