/**
 * PDF quality reports: PDF/A-3b documents (PDFBox) with embedded Liberation fonts, so
 * Cyrillic and Swedish text is real text, and with the report's data attached as JSON so an
 * archive can read it back.
 */
package org.serviceaudit.server.reports;
