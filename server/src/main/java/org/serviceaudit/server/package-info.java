/**
 * The ServiceAudit server: a thin WAR that wires the checklists library to HTTP, the database
 * and (in later components) the scheduler and reports.
 *
 * <p>Packages are business components ({@code clients}, {@code templates}, {@code audits},
 * {@code demo}), each split into {@code boundary} (JAX-RS resources, where transactions
 * start), {@code control} (logic without HTTP) and {@code entity} (state with its behaviour)
 * where it needs them; {@code problems} and {@code platform} are shared plumbing.
 */
package org.serviceaudit.server;
