package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.clients.entity.Client;

import java.time.Instant;

public record ClientView(long id, String name, Instant createdAt) {

    static ClientView of(Client client) {
        return new ClientView(client.id(), client.name(), client.createdAt());
    }
}
