package org.palimpsest.store;

import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * MVStore key type of the ordered indexes: elements are written as {@link KeyElements} has it (H2's generic object
 * encoding, object ids compact), but compared with {@link KeyOrder} instead of H2's Java-type order.
 */
final class IndexKeyType extends BasicDataType<Object[]> {

    private final KeyElements elements = new KeyElements();

    @Override
    public int getMemory(Object[] key) {
        int memory = 24;
        for (Object element : key) {
            memory += elements.getMemory(element);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, Object[] key) {
        buffer.putVarInt(key.length);
        for (Object element : key) {
            elements.write(buffer, element);
        }
    }

    @Override
    public Object[] read(ByteBuffer buffer) {
        Object[] key = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < key.length; i++) {
            key[i] = elements.read(buffer);
        }
        return key;
    }

    @Override
    public int compare(Object[] a, Object[] b) {
        return KeyOrder.INSTANCE.compare(a, b);
    }

    @Override
    public Object[][] createStorage(int size) {
        return new Object[size][];
    }
}
