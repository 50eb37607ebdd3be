package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.problems.FieldErrors;

/** The body of POST /clients and PUT /clients/{id}. */
public record ClientRequest(String name) {

    static final int MAX_NAME = 200;

    String validName() {
        new FieldErrors().text("/name", name, MAX_NAME, true).throwIfAny("the client is not valid");
        return name.strip();
    }
}
