/** Findings to outputs: a readable text report and the JSON document of the public contract. */
package org.xxgk.checker.render;
