/**
 * Findings to outputs: a readable text report, the JSON document of the public contract, SARIF and JUnit XML for
 * pipelines, and a result as one HTML page that draws the report's tables with the findings' cells marked (the
 * service's web page, whose files are under {@code web/}).
 */
package org.xxgk.checker.render;
