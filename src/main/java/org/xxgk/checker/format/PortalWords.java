package org.xxgk.checker.format;

import java.util.List;
import java.util.Locale;

/**
 * The words of a portal's page around a report ({@code portal} in format.yaml): reading a web page drops the
 * controls they open, and a line of text they open is no title.
 *
 * @param controls            the words that open the portal's controls and notices ("字号：大 中 小", "当前位置：首页 >
 *                            …"): a short text opened by one is dropped with the short block around it
 * @param neighbourLinks      the links to the pages before and after this one ("上一篇"), which are controls too; the
 *                            dates after them are those pages', not this page's publication date
 * @param buttons             the portal's buttons that are a word alone ("【打印】")
 * @param publicationMetadata the names of the page's metadata that state its publication date
 *                            ({@code <meta name="PubDate">}), compared without case
 * @param informationBarFields the names of the fields of the page's information bar ("索引号", "浏览次数"): a line
 *                            opened by one and a colon or tab is no title
 * @param partNames           the words in an element's class or id that make it a part of the portal ("nav",
 *                            "footer"), lower-cased: such an element is not read
 */
public record PortalWords(List<String> controls, List<String> neighbourLinks, List<String> buttons,
                          List<String> publicationMetadata, List<String> informationBarFields, List<String> partNames) {
    public static final PortalWords NONE = new PortalWords(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public PortalWords {
        controls = List.copyOf(controls);
        neighbourLinks = List.copyOf(neighbourLinks);
        buttons = List.copyOf(buttons);
        publicationMetadata = lowerCased(publicationMetadata);
        informationBarFields = List.copyOf(informationBarFields);
        partNames = lowerCased(partNames);
    }

    /** Names compared without case are kept lower-cased, and what they are compared with is lower-cased too. */
    private static List<String> lowerCased(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether a short text, its spaces and brackets taken out, is one of the portal's controls or buttons. */
    public boolean isControl(String word) {
        return buttons.contains(word) || opensWithAny(word, controls) || opensWithAny(word, neighbourLinks);
    }

    /** Whether a metadata name ("PubDate") is one that states the page's publication date. */
    public boolean statesPublication(String metadataName) {
        return publicationMetadata.contains(metadataName.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an element's class and id name a part of the portal: a part name stands in them between characters
     * that are no letters ("nav" in "top-nav" and "nav2", not in "canvas").
     */
    public boolean namesPart(String classAndId) {
        String names = classAndId.toLowerCase(Locale.ROOT);
        for (String name : partNames) {
            for (int at = names.indexOf(name); at >= 0; at = names.indexOf(name, at + 1)) {
                int end = at + name.length();
                if ((at == 0 || !isLetter(names.charAt(at - 1))) && (end == names.length() || !isLetter(names.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean opensWithAny(String text, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
