/**
 * Every API error as RFC 9457 {@code application/problem+json}, built in one place.
 *
 * <p>Code throws {@link org.serviceaudit.server.problems.ApiException}; the mappers here turn
 * it, and whatever JAX-RS, JSON-P and JSON-B throw on bad requests, into a problem. Anything
 * else is a bug: a 500 whose body carries only an id that the server log repeats with the
 * stack trace.
 */
package org.serviceaudit.server.problems;
