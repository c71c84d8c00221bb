package org.palimpsest.system.web;

/** Something the app does before it is ready (the seeds, say), told in the line that says it runs. */
public interface ReadyReport {

    /** A few words on what was done, such as "seeds: 8 imported, 0 already present, 0 failed". */
    String readyReport();
}
