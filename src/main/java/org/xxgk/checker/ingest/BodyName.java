package org.xxgk.checker.ingest;

import org.xxgk.checker.format.Labels;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * A body's name as a title gives it, in the forms two names are compared in: real titles name one body in several
 * ways ("老城区人民政府", "老城区政府", "北京市朝阳区人民政府" for "朝阳区人民政府").
 *
 * @param exact the name without blanks and quotes, its brackets of one width
 * @param loose the exact name without a bracketed alias and "人民政府"/"政府"
 */
public record BodyName(String exact, String loose) {
    /** Last characters of the name of a jurisdiction that may stand in front of a body's name. */
    private static final String JURISDICTION_ENDS = "省市区县州盟旗";

    /** The ways two names may name one body, strictest first. */
    public enum Match {
        SAME((one, other) -> one.exact().equals(other.exact())),
        WITHOUT_ALIAS((one, other) -> !other.loose().isEmpty() && one.loose().equals(other.loose())),
        WITHIN_JURISDICTION((one, other) -> underJurisdiction(one.loose(), other.loose())
                || underJurisdiction(other.loose(), one.loose()));

        private final BiPredicate<BodyName, BodyName> test;

        Match(BiPredicate<BodyName, BodyName> test) {
            this.test = test;
        }

        public boolean test(BodyName one, BodyName other) {
            return test.test(one, other);
        }
    }

    public static BodyName of(String organization) {
        String exact = Labels.normalize(organization).replace('【', '(').replace('】', ')')
                .replace('〔', '(').replace('〕', ')');
        return new BodyName(exact, exact.replaceAll("\\([^)]*\\)", "").replace("人民政府", "").replace("政府", ""));
    }

    /** Whether two bodies' names, as titles give them, may name one body: whether they match in any of the ways. */
    public static boolean sameBody(String organization, String other) {
        BodyName one = of(organization);
        BodyName two = of(other);
        return Arrays.stream(Match.values()).anyMatch(match -> match.test(one, two));
    }

    /** Whether {@code longer} is {@code shorter} with the name of a jurisdiction in front ("北京市" + "朝阳区"). */
    private static boolean underJurisdiction(String longer, String shorter) {
        int prefix = longer.length() - shorter.length();
        return !shorter.isEmpty() && prefix > 0 && longer.endsWith(shorter)
                && JURISDICTION_ENDS.indexOf(longer.charAt(prefix - 1)) >= 0;
    }
}
