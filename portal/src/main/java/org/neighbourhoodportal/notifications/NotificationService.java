package org.neighbourhoodportal.notifications;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.directory.Role;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications (the bell and its list) and their choice of how each kind reaches them. Every method
 * is about the person signed in now and nobody else: there is no way to read or change another person's.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * How many of the caller's notifications are unread, for the bell. One statement.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.unread(currentUser.require().personId());
    }

    /**
     * The caller's notifications, newest first, {@code offset} skipped, at most {@code limit}. One statement.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public List<NotificationRow> latest(int offset, int limit) {
        return store.latest(currentUser.require().personId(), offset, limit);
    }

    /**
     * How many notifications the caller has in all.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public long count() {
        return store.count(currentUser.require().personId());
    }

    /**
     * Marks one of the caller's notifications read (already read: nothing changes).
     *
     * @throws NotAllowedException when nobody is signed in, or the notification is not theirs
     */
    public void markRead(long notificationId) {
        if (!store.markRead(currentUser.require().personId(), notificationId, clock.instant())) {
            throw new NotAllowedException("That notification is not yours.");
        }
    }

    /**
     * Marks all the caller's notifications read.
     *
     * @return how many were unread
     * @throws NotAllowedException when nobody is signed in
     */
    public int markAllRead() {
        return store.markAllRead(currentUser.require().personId(), clock.instant());
    }

    /**
     * How each kind reaches the caller: their choice, or the default for people like them (PPG volunteers get few
     * e-mails). Kinds a volunteer is never told (internal notes) are not offered to them.
     *
     * @throws NotAllowedException when nobody is signed in
     */
    @Transactional(readOnly = true)
    public List<Preference> preferences() {
        AccessProfile me = currentUser.require();
        boolean volunteer = isVolunteer(me);
        Map<NotificationKind, Delivery> chosen = store.choices(List.of(me.personId()))
                .getOrDefault(me.personId(), Map.of());
        return Arrays.stream(NotificationKind.values()).filter(NotificationKind::choosable)
                .filter(k -> !(volunteer && k.internal()))
                .map(k -> new Preference(k, chosen.getOrDefault(k, k.defaultFor(volunteer)), chosen.containsKey(k)))
                .toList();
    }

    /**
     * Sets how one kind reaches the caller from now on (notifications already raised keep their way).
     *
     * @throws NotAllowedException when nobody is signed in
     */
    public void choose(NotificationKind kind, Delivery delivery) {
        if (kind == null || delivery == null) {
            throw new IllegalArgumentException("Choose a kind of notification and how you want to be told.");
        }
        store.choose(currentUser.require().personId(), kind, delivery);
    }

    /** As {@link org.neighbourhoodportal.directory.Recipient#volunteer()}: a PPG representative and nothing else. */
    private static boolean isVolunteer(AccessProfile me) {
        return me.roles().equals(java.util.Set.of(Role.PPG_REPRESENTATIVE));
    }
}
