/**
 * Bytes to text to {@link org.xxgk.checker.report.Report}: encoding detection, section splitting, table reading and
 * number normalising. It reads the format from the rule set's format definitions and knows no rules.
 */
package org.xxgk.checker.ingest;
