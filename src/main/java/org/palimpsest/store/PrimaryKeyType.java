package org.palimpsest.store;

import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * MVStore key type of a collection's documents (the {@code _id}): {@link KeyElements}' encoding in H2's generic
 * order, so the maps the plain backend wrote keep their order and their keys.
 */
final class PrimaryKeyType extends BasicDataType<Object> {

    private final KeyElements elements = new KeyElements();

    @Override
    public int getMemory(Object key) {
        return elements.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, Object key) {
        elements.write(buffer, key);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return elements.read(buffer);
    }

    @Override
    public int compare(Object a, Object b) {
        return elements.compare(a, b);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
