/**
 * Checklist templates on the server: the shipped ones installed at start, more imported
 * through the API. A version that an audit uses is immutable; a change makes a new version.
 */
package org.serviceaudit.server.templates;
