/**
 * The immutable model of a report as read from its source: title, sections, and the statistics tables as cells
 * named by the cell ids of the format. It knows nothing of how it was read or how it is checked.
 */
package org.xxgk.checker.report;
