package org.palimpsest.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.function.LongSupplier;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are written into the MVStore: as BSON, the form they arrive in over the wire,
 * behind a tag byte of their own. The plain H2 backend writes them with Java serialisation (H2's
 * {@link ObjectDataType}, tag 19), which costs several times the CPU and bytes; values written that way by an
 * older file are still read, and become BSON when their document is next written.
 * <p>
 * A commit writes every page it changed whole, each document of the page again, although mostly one of them
 * changed: so the BSON of each document read or written is kept as long as the document itself (by identity), and
 * written again as it is. A document is encoded as it is stored ({@link #stored}), also when the server has updated
 * a stored document in place.
 * <p>
 * A commit's pages are written after its snapshot, while the writers go on ({@link StoreCommits}), and the server
 * changes a stored document in place: the page of the snapshot and the map as it now stands hold the same
 * {@code Document}. So its BSON is kept with the store's version it was stored in, and the BSON before that too: a
 * snapshot taken at version v (the store's version while its pages are written) writes the BSON stored before v.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** Above every tag {@link ObjectDataType} writes (0–119). */
    static final byte BSON_TAG = 120;

    private static final int JAVA_SERIALISED_TAG = 19;
    private static final int OBJECT_OVERHEAD = 24;

    /** The version of BSON read from the file: older than any snapshot still to be written. */
    private static final long READ = Long.MIN_VALUE;

    private final ObjectDataType legacy = new ObjectDataType();
    private final LongSupplier currentVersion;

    /** The BSON each document in memory was read from or last stored as; weak keys compare by identity. */
    private final Cache<Document, Encoded> encoded =
            Caffeine.newBuilder().weakKeys().build();

    /**
     * A document's BSON, the store's version it was stored in, and its BSON before that version (null if none, or
     * once no snapshot can need it).
     */
    private record Encoded(byte[] bytes, long version, byte[] before) {}

    /** {@code currentVersion}: the store's version, which a snapshot moves on. */
    BsonDocumentType(LongSupplier currentVersion) {
        this.currentVersion = currentVersion;
    }

    /** Writes a document of a snapshot's page, as it was when the snapshot was taken. */
    @Override
    public void write(WriteBuffer buffer, Document document) {
        buffer.put(BSON_TAG);
        buffer.put(bytesForSnapshot(document));
    }

    private byte[] bytesForSnapshot(Document document) {
        Encoded known = encoded.getIfPresent(document);
        if (known == null) {
            // never read from the file nor stored: encoded now, which only a document of the plain backend's needs
            return encode(document);
        }
        if (known.version() < currentVersion.getAsLong()) {
            if (known.before() != null) {
                encoded.asMap().replace(document, known, new Encoded(known.bytes(), known.version(), null));
            }
            return known.bytes();
        }
        // stored again since the snapshot was taken
        return known.before() != null ? known.before() : encode(document);
    }

    /**
     * Encodes a document about to be stored, on the thread that stores it: a commit then finds its BSON ready, and
     * the BSON it had before this version stays for the snapshot still being written.
     */
    void stored(Document document) {
        byte[] bytes = encode(document);
        long version = currentVersion.getAsLong();
        encoded.asMap().compute(document, (key, known) -> {
            if (known == null) {
                return new Encoded(bytes, version, null);
            }
            byte[] before = known.version() == version ? known.before() : known.bytes();
            return new Encoded(bytes, version, before);
        });
    }

    private static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int tag = buffer.get(buffer.position());
        if (tag == JAVA_SERIALISED_TAG) {
            Document document = (Document) legacy.read(buffer);
            encoded.put(document, new Encoded(encode(document), READ, null));
            return document;
        }
        if (tag != BSON_TAG) {
            throw new IllegalStateException("Unknown document tag " + tag + " at " + buffer.position());
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        byte[] bytes = new byte[bson.readerIndex()];
        buffer.get(bytes);
        encoded.put(document, new Encoded(bytes, READ, null));
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** The page cache's weight of a document: a rough count of its objects and characters. */
    @Override
    public int getMemory(Document document) {
        return memoryOf(document);
    }

    private static int memoryOf(Object value) {
        if (value instanceof String text) {
            return OBJECT_OVERHEAD + 16 + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int memory = OBJECT_OVERHEAD * 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += OBJECT_OVERHEAD + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> items) {
            int memory = OBJECT_OVERHEAD * 2;
            for (Object item : items) {
                memory += 8 + memoryOf(item);
            }
            return memory;
        }
        if (value instanceof byte[] bytes) {
            return OBJECT_OVERHEAD + bytes.length;
        }
        return OBJECT_OVERHEAD;
    }
}
