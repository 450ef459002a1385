/**
 * The library API of xxgk-checker: build a {@link org.xxgk.checker.Checker} from a rule directory once, then
 * {@code check} reports with it, from any number of threads.
 */
package org.xxgk.checker;
