/**
 * Checking many reports at once ({@code check DIR}): the files on all cores with the outcomes in a fixed order,
 * files that cannot be read kept in the results with the reason, copies found, and the directory of summary and
 * per-report pages a reviewer reads ({@code --out}). Uses the library API and the renderers.
 */
package org.xxgk.checker.batch;
