/**
 * The report format as data: sections, table layouts, row and column labels with their cell ids, loaded from the
 * {@code formats/} folder of a rule set. The Java code holds no label of the format; this package only reads them.
 */
package org.xxgk.checker.format;
