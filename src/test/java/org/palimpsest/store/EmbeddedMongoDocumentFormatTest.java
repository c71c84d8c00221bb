package org.palimpsest.store;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are kept as BSON, and a file the plain H2 backend wrote (Java serialisation) still opens. */
class EmbeddedMongoDocumentFormatTest {

    @TempDir
    Path directory;

    @Test
    void everyKindOfValueComesBackAsItWentInAfterARestart() {
        Path file = directory.resolve("store.mv");
        Document written = everyKindOfValue("all-kinds");

        withEmbedded(file, documents -> documents.insertOne(written));
        withEmbedded(
                file,
                documents -> assertThat(documents.find(eq("_id", "all-kinds")).first())
                        .isEqualTo(written));
    }

    /** A page keeps the BSON of its documents; a document the server updates in place is written anew. */
    @Test
    void aDocumentUpdatedAfterACommitWroteItComesBackUpdatedAfterARestart() throws InterruptedException {
        Path file = directory.resolve("store.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> documents = documents(client);
            documents.insertOne(new Document("_id", "inchon").append("title", "Inchon landing"));
            documents.insertOne(new Document("_id", "seoul").append("title", "Second Battle of Seoul"));
            Thread.sleep(JournalBeforeAck.COMMIT_MILLIS * 3);
            documents.updateOne(eq("_id", "inchon"), Updates.set("title", "Battle of Inchon"));
            Thread.sleep(JournalBeforeAck.COMMIT_MILLIS * 3);
            documents.replaceOne(eq("_id", "seoul"), new Document("title", "Recapture of Seoul"));
        }

        withEmbedded(
                file,
                documents -> assertThat(documents.find().into(new ArrayList<>()))
                        .containsExactlyInAnyOrder(
                                new Document("_id", "inchon").append("title", "Battle of Inchon"),
                                new Document("_id", "seoul").append("title", "Recapture of Seoul")));
    }

    @Test
    void theStoreWritesDocumentsAsTaggedBson() {
        Path file = directory.resolve("store.mv");
        withEmbedded(
                file, documents -> documents.insertOne(new Document("_id", "one").append("text", "x".repeat(500))));

        MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Byte> tags = store.openMap(
                    "databases.db.documents", new MVMap.Builder<Object, Byte>().valueType(TagOnly.ofDocuments()));
            assertThat(tags.get("one")).isEqualTo(BsonDocumentType.BSON_TAG);
        } finally {
            store.close();
        }
    }

    @Test
    void aFileWrittenByThePlainBackendOpensAndItsDocumentsAreRewrittenAsBson() {
        Path file = directory.resolve("plain.mv");
        List<Document> old = writtenBy(new H2Backend(file.toString()));

        withEmbedded(file, documents -> {
            assertThat(documents.find().sort(new Document("_id", 1)).into(new ArrayList<>()))
                    .containsExactlyInAnyOrderElementsOf(old);
            documents.updateOne(eq("_id", "doc-7"), Updates.set("text", "rewritten"));
            documents.insertOne(new Document("_id", "new").append("n", 1));
        });
        withEmbedded(file, documents -> {
            assertThat(documents.countDocuments()).isEqualTo(201);
            assertThat(documents.find(eq("_id", "doc-7")).first()).containsEntry("text", "rewritten");
            assertThat(documents.find(eq("_id", "doc-8")).first()).isEqualTo(old.get(8));
        });
    }

    /**
     * Until 2026-12-08 the store compressed its pages with LZF; it now writes them with Deflate. Each page says how it
     * was compressed, so a file written then still opens, and its pages are read as they are until they change.
     */
    @Test
    void aFileWhosePagesWereCompressedWithLzfOpensAndGoesOn() {
        Path file = directory.resolve("lzf.mv");
        List<Document> old = writtenBy(new H2Backend(
                new MVStore.Builder().fileName(file.toString()).compress().open()));

        withEmbedded(file, documents -> {
            assertThat(documents.find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(old);
            documents.updateOne(eq("_id", "doc-7"), Updates.set("text", "rewritten"));
        });
        withEmbedded(file, documents -> {
            assertThat(documents.countDocuments()).isEqualTo(200);
            assertThat(documents.find(eq("_id", "doc-7")).first()).containsEntry("text", "rewritten");
            assertThat(documents.find(eq("_id", "doc-199")).first()).isEqualTo(old.get(199));
        });
    }

    @Test
    void thePlainBackendsPrimaryKeyIndexIsTakenOverOnceAndStillRefusesADuplicate() {
        Path file = directory.resolve("plain-ids.mv");
        List<Document> old = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            old.add(new Document("_id", new ObjectId()).append("n", i));
        }
        MongoServer plain = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create(connectionString(plain))) {
            documents(client).insertMany(old);
        } finally {
            plain.shutdown();
        }
        assertThat(mapNames(file)).contains("db.documents._index__id_");

        for (int restart = 0; restart < 2; restart++) {
            withEmbedded(file, documents -> {
                assertThat(documents.find(eq("_id", old.get(123).get("_id"))).first())
                        .isEqualTo(old.get(123));
                assertThatThrownBy(() -> documents.insertOne(
                                new Document("_id", old.get(7).get("_id"))))
                        .isInstanceOf(MongoWriteException.class)
                        .hasMessageContaining("E11000");
                assertThat(documents.countDocuments()).isEqualTo(300);
            });
        }
        assertThat(mapNames(file))
                .doesNotContain("db.documents._index__id_")
                .contains("db.documents._ordered_index__id_");
    }

    @Test
    void objectIdKeysAreWrittenCompactly() {
        Path file = directory.resolve("ids.mv");
        ObjectId id = new ObjectId("65a1b2c3d4e5f60718293a4b");
        withEmbedded(file, documents -> documents.insertOne(new Document("_id", id).append("n", 1)));

        MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Byte, de.bwaldvogel.mongo.bson.Document> tags = store.openMap(
                    "databases.db.documents",
                    new MVMap.Builder<Byte, de.bwaldvogel.mongo.bson.Document>()
                            .keyType(TagOnly.ofKeys())
                            .valueType(new BsonDocumentType(store::getCurrentVersion)));
            assertThat(tags.firstKey()).isEqualTo(KeyElements.OBJECT_ID_TAG);
        } finally {
            store.close();
        }
        withEmbedded(
                file,
                documents -> assertThat(documents.find(eq("_id", id)).first()).containsEntry("n", 1));
    }

    /** 200 documents of every kind of value ("doc-0" to "doc-199"), written through {@code backend}, then closed. */
    private static List<Document> writtenBy(H2Backend backend) {
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            written.add(everyKindOfValue("doc-" + i));
        }
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(connectionString(server))) {
            documents(client).insertMany(written);
        } finally {
            server.shutdown();
        }
        return written;
    }

    private static java.util.Set<String> mapNames(Path file) {
        MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            return java.util.Set.copyOf(store.getMapNames());
        } finally {
            store.close();
        }
    }

    private static Document everyKindOfValue(String id) {
        return new Document("_id", id)
                .append("text", "Battle of Chipyong-ni — 1951 Feb 13 ✓ " + id)
                .append("int", 42)
                .append("long", 9_000_000_000L)
                .append("double", 2.5)
                .append("decimal", Decimal128.parse("12.345"))
                .append("bool", true)
                .append("null", null)
                .append("date", new Date(1_700_000_000_000L))
                .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, uuidBytes()))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("list", List.of(1, "two", new Document("three", 3L)))
                .append("nested", new Document("a", new Document("b", List.of())));
    }

    private static byte[] uuidBytes() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return bytes.array();
    }

    private static void withEmbedded(Path file, Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(documents(client));
        }
    }

    private static MongoCollection<Document> documents(MongoClient client) {
        return client.getDatabase("db").getCollection("documents");
    }

    private static String connectionString(MongoServer server) {
        java.net.InetSocketAddress address = server.bind();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Reads a stored key's or value's tag byte, decoding the rest as the store does, to step over it. */
    private static final class TagOnly extends BasicDataType<Byte> {
        private final Consumer<ByteBuffer> decoder;

        TagOnly(Consumer<ByteBuffer> decoder) {
            this.decoder = decoder;
        }

        static TagOnly ofKeys() {
            return new TagOnly(new KeyElements()::read);
        }

        static TagOnly ofDocuments() {
            return new TagOnly(new BsonDocumentType(() -> 0)::read);
        }

        @Override
        public int getMemory(Byte tag) {
            return 1;
        }

        @Override
        public void write(WriteBuffer buffer, Byte tag) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Byte read(ByteBuffer buffer) {
            byte tag = buffer.get(buffer.position());
            decoder.accept(buffer);
            return tag;
        }

        @Override
        public int compare(Byte a, Byte b) {
            return Byte.compare(a, b);
        }

        @Override
        public Byte[] createStorage(int size) {
            return new Byte[size];
        }
    }
}
