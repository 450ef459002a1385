package org.xxgk.checker.narrative;

import java.util.List;

/**
 * Everything the prose of one report yields for the rules.
 *
 * @param topics         every topic of the vocabulary, covered or not
 * @param claims         the numbers the prose states
 * @param body           the body type, or {@code null} when the title names none that is known
 * @param dateRanges     spans of dates stated
 * @param malformedDates dates written with 年 or 月 missing
 * @param citations      documents cited in 《》
 * @param years          the years the overview speaks of
 */
public record NarrativeFacts(List<TopicEvidence> topics, List<Claim> claims, Body body, List<DateRange> dateRanges,
                             List<MalformedDate> malformedDates, List<Citation> citations, YearMentions years) {
}
