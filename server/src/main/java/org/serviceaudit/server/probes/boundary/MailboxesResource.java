package org.serviceaudit.server.probes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.probes.control.MailboxWatchers;
import org.serviceaudit.server.probes.control.ProbeSettings;
import org.serviceaudit.server.probes.entity.Mailbox;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.Clock;
import java.util.Map;

/** Probe mailboxes: the accounts the mystery customers write from. Admins only; passwords are write-only. */
@Path("mailboxes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxesResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Inject
    ProbeSettings settings;
    @Inject
    MailboxWatchers watchers;
    @Context
    SecurityContext security;

    @GET
    @Allowed(Role.ADMIN)
    public Page<MailboxView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Listing.page(em, Mailbox.class, "Mailbox m", "", Map.of(), "m.name, m.id", PageRequest.of(page, size), MailboxView::of);
    }

    @POST
    @Allowed(Role.ADMIN)
    public Response create(MailboxRequest request) {
        Mailbox.Settings valid = FieldErrors.requireBody(request).validSettings(settings.addresses());
        Mailbox mailbox = new Mailbox(valid, request.password() == null ? null : settings.secrets().seal(request.password()), clock.instant());
        em.persist(mailbox);
        Entities.flushUnique(em, "duplicate-mailbox", "a mailbox named '" + valid.name() + "' exists already");
        changes.record(Caller.of(security), "mailbox.created", "mailbox", mailbox.id(), valid.name());
        return Response.created(UriBuilder.fromResource(MailboxesResource.class).path("{id}").build(mailbox.id()))
                .entity(MailboxView.of(mailbox)).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public MailboxView get(@PathParam("id") long id) {
        return MailboxView.of(Entities.require(em, Mailbox.class, id, "mailbox"));
    }

    /** A changed mailbox is watched again with its new settings. */
    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public MailboxView update(@PathParam("id") long id, MailboxRequest request) {
        Mailbox.Settings valid = FieldErrors.requireBody(request).validSettings(settings.addresses());
        Mailbox mailbox = Entities.require(em, Mailbox.class, id, "mailbox");
        mailbox.update(valid);
        if (request.password() != null) {
            mailbox.sealPassword(settings.secrets().seal(request.password()));
        }
        Entities.flushUnique(em, "duplicate-mailbox", "a mailbox named '" + valid.name() + "' exists already");
        changes.record(Caller.of(security), "mailbox.updated", "mailbox", id, request.password() != null ? "password changed" : null);
        em.flush();
        watchers.stop(id);
        watchers.resume();
        return MailboxView.of(mailbox);
    }
}
