package org.palimpsest.system.projection;

import java.util.List;

/**
 * A read model as the rest of the app needs to know it: its name (that of the tracking processor that keeps it,
 * and of its reset endpoint), the collections it owns, and whether it can be rebuilt from the event store (so that
 * its writes need no store commit of their own). Each read model declares itself once, as a bean.
 */
public record ReadModel(String name, List<String> collections, boolean rebuildable) {

    public ReadModel {
        collections = List.copyOf(collections);
    }
}
