/**
 * Who may do what: user accounts with one role each (admin, auditor, manager of one client),
 * sign-in with bearer tokens that are stored only hashed and can be revoked at once, throttling
 * of failed sign-ins, the first admin at start, and the check that every API method declares
 * who may call it.
 */
package org.serviceaudit.server.accounts;
