package org.serviceaudit.server.platform;

import java.util.List;

/**
 * One page of a list endpoint.
 *
 * @param page  0-based page number
 * @param size  the page size asked for
 * @param total how many items match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
