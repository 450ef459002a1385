/**
 * The report's prose as facts: sentences, the topics they cover, the numbers they claim ("收到申请545件"), the body
 * type named in the title, the statistical period, cited regulations and the years mentioned. What to look for is
 * data of the rule set ({@code rules/text/*.yaml}); this package only finds it and says where it stands.
 */
package org.xxgk.checker.narrative;
