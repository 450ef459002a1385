/** The command line: {@code check}, {@code rules} and their options, with the exit codes of the public contract. */
package org.xxgk.checker.cli;
