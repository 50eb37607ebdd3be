/**
 * What a probe may connect to. Probes reach addresses that staff type in; without a check a
 * probe could be pointed at the server's own network (the database, an admin console).
 */
package org.serviceaudit.probes.net;
