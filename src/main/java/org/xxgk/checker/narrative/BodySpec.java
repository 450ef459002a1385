package org.xxgk.checker.narrative;

import java.time.MonthDay;
import java.util.List;

/**
 * A type of body that writes reports, recognised by how its name ends.
 *
 * @param id         the id rules refer to
 * @param name       the name used in messages
 * @param government whether it is a people's government (which must report 考核、评议、追究 results)
 * @param ruleMaking whether it may make 规章
 * @param deadline   the day of the following year by which it must publish, or {@code null} when local rules decide
 * @param prefixes   beginnings one of which its names must have, or empty when any will do
 * @param suffixes   the endings of its names
 */
public record BodySpec(String id, String name, boolean government, boolean ruleMaking, MonthDay deadline,
                       List<String> prefixes, List<String> suffixes) {

    /** The longest ending by which a name is of this type, or {@code null} when it is not. */
    public String suffixOf(String organization) {
        if (!prefixes.isEmpty() && prefixes.stream().noneMatch(organization::startsWith)) {
            return null;
        }
        String longest = null;
        for (String suffix : suffixes) {
            if (organization.endsWith(suffix) && (longest == null || suffix.length() > longest.length())) {
                longest = suffix;
            }
        }
        return longest;
    }
}
