/** The {@code probe} command line: run a probe or judge a message by hand, output as JSON for scripts. */
package org.serviceaudit.probes.cli;
