package org.serviceaudit.server.accounts.control;

import jakarta.persistence.EntityManager;
import org.serviceaudit.server.accounts.entity.User;

import java.util.Optional;

/** Finding accounts by what people type. */
public final class Accounts {

    private Accounts() {
    }

    /** The account with this username, compared as {@link User#normalize} stores it. */
    public static Optional<User> byUsername(EntityManager em, String username) {
        return em.createQuery("select u from User u where u.username = :name", User.class)
                .setParameter("name", User.normalize(username)).getResultStream().findFirst();
    }
}
