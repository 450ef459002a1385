package org.xxgk.checker.narrative;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** The shapes of the {@code rules/text/*.yaml} files as written; {@link VocabularyLoader} turns them into specs. */
final class VocabularyFile {

    static final class Topics {
        public List<Topic> topics;
    }

    static final class Topic {
        public String id;
        public String name;
        public List<String> in;
        public List<String> any;
        public List<String> near;
        public Integer within;
    }

    static final class Bodies {
        public List<Body> bodies;
    }

    static final class Body {
        public String id;
        public List<String> prefixes;
        public String name;
        public boolean government;
        @JsonProperty("rule_making")
        public boolean ruleMaking;
        public String deadline;
        public List<String> suffixes;
    }

    static final class Claims {
        public List<String> elsewhere;
        @JsonProperty("unless_before")
        public List<String> unlessBefore;
        @JsonProperty("unless_except")
        public List<String> unlessExcept;
        @JsonProperty("approximate_before")
        public List<String> approximateBefore;
        @JsonProperty("approximate_after")
        public List<String> approximateAfter;
        @JsonProperty("open_list")
        public List<String> openList;
        @JsonProperty("numeral_not_counted_after")
        public List<String> numeralNotCountedAfter;
        @JsonProperty("numeral_words")
        public List<String> numeralWords;
        @JsonProperty("compared_year_before")
        public List<String> comparedYearBefore;
        @JsonProperty("compared_year_after")
        public List<String> comparedYearAfter;
        @JsonProperty("compared_year_with")
        public List<String> comparedYearWith;
        @JsonProperty("respective_units")
        public List<String> respectiveUnits;
        @JsonProperty("respective_shared")
        public List<String> respectiveShared;
        @JsonProperty("respective_acts")
        public List<String> respectiveActs;
        @JsonProperty("respective_act_names")
        public List<String> respectiveActNames;
        @JsonProperty("respective_things")
        public List<String> respectiveThings;
        @JsonProperty("respective_rates")
        public List<String> respectiveRates;
        public List<Claim> claims;
    }

    static final class Claim {
        public String id;
        public String name;
        public String rule;
        public List<String> in;
        public List<String> patterns;
        public List<String> about;
        public List<String> elsewhere;
        public List<String> unless;
        public List<String> noted;
        @JsonProperty("unless_noted")
        public List<String> unlessNoted;
        @JsonProperty("unless_before")
        public List<String> unlessBefore;
        @JsonProperty("unless_earlier")
        public List<String> unlessEarlier;
        /** One expression, or a list of them where the formats' tables differ. */
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        public List<String> compare;
        /** A rate's numerator cells, written as {@link #compare} is. */
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        public List<String> numerator;
        /** A rate's denominator by another common definition, written as {@link #compare} is. */
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonProperty("also_compare")
        public List<String> alsoCompare;
        public BigDecimal value;
        public List<String> tags;
        public List<String> parts;
    }
}
