package org.palimpsest.store;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How one element of a key (a document's {@code _id}, a field of an index key) is written into the MVStore: an
 * object id as its 12 bytes behind a tag of its own, anything else with H2's generic encoding, as the plain backend
 * writes every key. H2 writes an object id, which it does not know, with Java serialisation, about 100 bytes and a
 * serialisation per key and page write; Axon's events and every document the driver names have one. Keys written
 * the old way are still read.
 */
final class KeyElements {

    /** Above every tag {@link ObjectDataType} writes (0–119) and beside the documents' tag (120). */
    static final byte OBJECT_ID_TAG = 121;

    private static final int OBJECT_ID_BYTES = 12;
    private static final int OBJECT_ID_MEMORY = 48;

    private final ObjectDataType generic = new ObjectDataType();

    void write(WriteBuffer buffer, Object element) {
        if (element instanceof ObjectId id) {
            buffer.put(OBJECT_ID_TAG);
            buffer.put(id.toByteArray());
        } else {
            generic.write(buffer, element);
        }
    }

    Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != OBJECT_ID_TAG) {
            return generic.read(buffer);
        }
        buffer.get();
        byte[] id = new byte[OBJECT_ID_BYTES];
        buffer.get(id);
        return new ObjectId(id);
    }

    int getMemory(Object element) {
        return element instanceof ObjectId ? OBJECT_ID_MEMORY : generic.getMemory(element);
    }

    /** H2's generic order, in which the plain backend's files hold their keys. */
    int compare(Object a, Object b) {
        return generic.compare(a, b);
    }
}
