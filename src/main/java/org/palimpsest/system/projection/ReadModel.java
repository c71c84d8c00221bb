package org.palimpsest.system.projection;

import java.util.List;

/**
 * A read model as the rest of the app needs to know it: its name (that of its processing group and reset endpoint,
 * and of its tracking processor when it has one of its own), the collections it owns, whether it can be rebuilt from
 * the event store (so that its writes need no store commit of their own), and whether it is kept by a processor of
 * its own rather than the shared one ({@link ProjectionConfiguration}). Each read model declares itself once, as a
 * bean.
 */
public record ReadModel(String name, List<String> collections, boolean rebuildable, boolean ownProcessor) {

    public ReadModel {
        collections = List.copyOf(collections);
    }

    /** A read model kept by the shared processor. */
    public ReadModel(String name, List<String> collections, boolean rebuildable) {
        this(name, collections, rebuildable, false);
    }
}
