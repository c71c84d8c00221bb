package org.palimpsest.store;

import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Comparator;

/**
 * Orders index keys ({@code Object[]} of normalized field values, optionally followed by a position) the way
 * MongoDB orders BSON values, so that a range of keys in the map is a range of values in the query.
 * <p>
 * Search bounds end with {@link #MIN} or {@link #MAX}. They are never stored: they let one bound say "before
 * every key that starts like me" or "after every key that starts like me" without knowing what follows.
 */
final class KeyOrder implements Comparator<Object[]> {

    static final Object MIN = new Object();
    static final Object MAX = new Object();

    static final KeyOrder INSTANCE = new KeyOrder();

    private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();

    private KeyOrder() {}

    @Override
    public int compare(Object[] a, Object[] b) {
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            int cmp = compareElements(a[i], b[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        if (a.length == b.length) {
            return 0;
        }
        return a.length > b.length ? afterPrefix(a[common]) : -afterPrefix(b[common]);
    }

    private static int afterPrefix(Object firstExtraElement) {
        return firstExtraElement == MIN ? -1 : 1;
    }

    private static int compareElements(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == MIN || b == MAX) {
            return -1;
        }
        if (a == MAX || b == MIN) {
            return 1;
        }
        return VALUES.compare(a, b);
    }
}
