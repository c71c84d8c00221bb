package org.palimpsest.text;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;

/** Computes {@link TextPatch}es with diff-match-patch, at character level, merged into readable hunks. */
public final class TextDiff {

    private TextDiff() {}

    public static TextPatch between(String base, String result) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 2.0f;
        LinkedList<Diff> diffs = dmp.diffMain(base, result, false);
        dmp.diffCleanupEfficiency(diffs);
        List<TextPatch.Hunk> hunks = new ArrayList<>();
        int position = 0;
        int hunkStart = -1;
        StringBuilder delete = new StringBuilder();
        StringBuilder insert = new StringBuilder();
        for (Diff diff : diffs) {
            switch (diff.operation) {
                case EQUAL -> {
                    if (hunkStart >= 0) {
                        hunks.add(new TextPatch.Hunk(hunkStart, delete.toString(), insert.toString()));
                        hunkStart = -1;
                        delete.setLength(0);
                        insert.setLength(0);
                    }
                    position += diff.text.length();
                }
                case DELETE -> {
                    if (hunkStart < 0) {
                        hunkStart = position;
                    }
                    delete.append(diff.text);
                    position += diff.text.length();
                }
                case INSERT -> {
                    if (hunkStart < 0) {
                        hunkStart = position;
                    }
                    insert.append(diff.text);
                }
            }
        }
        if (hunkStart >= 0) {
            hunks.add(new TextPatch.Hunk(hunkStart, delete.toString(), insert.toString()));
        }
        return new TextPatch(base.length(), SurrogateSafeHunks.widen(base, hunks));
    }
}
