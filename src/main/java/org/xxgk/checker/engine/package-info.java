/**
 * Drools: compiles the rule set's DRL files from disk, evaluates the sum relations of its relation tables, runs the
 * rules over a report and turns each match into a finding from the rule's own metadata.
 */
package org.xxgk.checker.engine;
