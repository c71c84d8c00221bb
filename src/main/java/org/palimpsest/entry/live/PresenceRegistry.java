package org.palimpsest.entry.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who is on which entry, per STOMP session, in this JVM. A user with several sessions on one entry (two tabs) is
 * listed once: editing if any session edits, since the earliest of those. Every change bumps a version, which the
 * pushes carry so that a client can drop a list older than one it has.
 */
@Component
class PresenceRegistry {

    /** A list of an entry's users at one version. */
    record Snapshot(long version, List<Presence> users) {}

    private final Map<String, Map<String, Presence>> byEntry = new HashMap<>();
    private final Map<String, Set<String>> entriesOfSession = new HashMap<>();
    private long version;

    /** The entry's new list if the update changed it, else null. */
    synchronized Snapshot update(
            String entryId, String sessionId, String user, String state, String field, Instant now) {
        Map<String, Presence> sessions = byEntry.computeIfAbsent(entryId, id -> new LinkedHashMap<>());
        Presence before = sessions.get(sessionId);
        if (before != null && before.state().equals(state) && Objects.equals(before.field(), field)) {
            return null;
        }
        sessions.put(sessionId, new Presence(user, state, field, now));
        entriesOfSession.computeIfAbsent(sessionId, id -> new HashSet<>()).add(entryId);
        version++;
        return snapshot(entryId);
    }

    /** Takes the session off every entry; the lists that changed, by entry (none the second time). */
    synchronized Map<String, Snapshot> remove(String sessionId) {
        Set<String> entries = entriesOfSession.remove(sessionId);
        Map<String, Snapshot> changed = new LinkedHashMap<>();
        if (entries == null) {
            return changed;
        }
        for (String entryId : entries) {
            Map<String, Presence> sessions = byEntry.get(entryId);
            if (sessions != null && sessions.remove(sessionId) != null) {
                if (sessions.isEmpty()) {
                    byEntry.remove(entryId);
                }
                version++;
                changed.put(entryId, snapshot(entryId));
            }
        }
        return changed;
    }

    synchronized Snapshot snapshot(String entryId) {
        Map<String, Presence> byUser = new LinkedHashMap<>();
        for (Presence presence : byEntry.getOrDefault(entryId, Map.of()).values()) {
            byUser.merge(presence.user(), presence, PresenceRegistry::stronger);
        }
        List<Presence> users = new ArrayList<>(byUser.values());
        users.sort(Comparator.comparing(Presence::since).thenComparing(Presence::user));
        return new Snapshot(version, List.copyOf(users));
    }

    private static Presence stronger(Presence a, Presence b) {
        boolean aEdits = a.state().equals(Presence.EDITING);
        boolean bEdits = b.state().equals(Presence.EDITING);
        if (aEdits != bEdits) {
            return aEdits ? a : b;
        }
        return a.since().isAfter(b.since()) ? b : a;
    }
}
