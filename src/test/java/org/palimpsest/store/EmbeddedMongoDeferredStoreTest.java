package org.palimpsest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deferred collections keep their maps in a file of their own, beside the main one. */
class EmbeddedMongoDeferredStoreTest {

    private static final Set<String> DEFERRED = Set.of("views");

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("store.mv");
    }

    private void withServer(Set<String> deferred, Consumer<MongoDatabase> work) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), "127.0.0.1", 0, deferred);
                MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("db"));
        }
    }

    private static List<String> mapNames(Path file) {
        MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            return new ArrayList<>(store.getMapNames());
        } finally {
            store.close();
        }
    }

    private static List<String> names(MongoDatabase database, String collection) {
        List<String> names = new ArrayList<>();
        database.getCollection(collection).find().forEach(document -> names.add(document.getString("name")));
        return names;
    }

    @Test
    void aDeferredCollectionIsWrittenToTheSecondFileAndTheOthersToTheFirst() {
        withServer(DEFERRED, database -> {
            database.getCollection("events").insertOne(new Document("name", "Inchon landing"));
            database.getCollection("views").insertOne(new Document("name", "Battle of Inchon"));
            database.getCollection("views").createIndex(Indexes.ascending("name"));
        });

        assertThat(mapNames(file()))
                .anyMatch(name -> name.contains("db.events"))
                .noneMatch(name -> name.contains("db.views") && !name.startsWith("databases.db.system"));
        assertThat(mapNames(EmbeddedMongoBackend.deferredFile(file())))
                .anyMatch(name -> name.equals("databases.db.views"))
                .anyMatch(name -> name.startsWith("db.views._ordered_index_name_1"))
                .noneMatch(name -> name.contains("db.events"));
        withServer(DEFERRED, database -> {
            assertThat(names(database, "events")).containsExactly("Inchon landing");
            assertThat(names(database, "views")).containsExactly("Battle of Inchon");
            assertThat(database.getCollection("views")
                            .find(new Document("name", "Battle of Inchon"))
                            .first())
                    .isNotNull();
        });
    }

    @Test
    void aFileThatKeptEverythingInOneStartsTheDeferredCollectionsAfreshAndKeepsTheRest() {
        withServer(Set.of(), database -> {
            database.getCollection("events").insertOne(new Document("name", "Inchon landing"));
            database.getCollection("views").insertOne(new Document("name", "Battle of Inchon"));
        });

        withServer(DEFERRED, database -> {
            assertThat(names(database, "events")).containsExactly("Inchon landing");
            assertThat(names(database, "views"))
                    .as("rebuildable: started afresh")
                    .isEmpty();
            database.getCollection("views").insertOne(new Document("name", "Battle of Seoul"));
        });
        assertThat(mapNames(file())).noneMatch(name -> name.equals("databases.db.views"));
        withServer(DEFERRED, database -> assertThat(names(database, "views")).containsExactly("Battle of Seoul"));
    }

    @Test
    void aDroppedDeferredCollectionComesBackEmpty() {
        withServer(DEFERRED, database -> {
            database.getCollection("views").insertOne(new Document("name", "Battle of Inchon"));
            database.getCollection("views").drop();
            database.getCollection("views").insertOne(new Document("name", "Battle of Seoul"));
            assertThat(names(database, "views")).containsExactly("Battle of Seoul");
        });
        withServer(DEFERRED, database -> {
            assertThat(names(database, "views")).containsExactly("Battle of Seoul");
            database.getCollection("views").drop();
        });
        withServer(DEFERRED, database -> assertThat(names(database, "views")).isEmpty());
    }

    @Test
    void aDeferredCollectionDroppedWhileTheFileWasOpenedWithoutItDoesNotComeBackStale() {
        withServer(DEFERRED, database -> {
            database.getCollection("events").insertOne(new Document("name", "Inchon landing"));
            database.getCollection("views").insertOne(new Document("name", "Stale"));
        });
        withServer(Set.of(), database -> database.getCollection("views").drop());

        withServer(DEFERRED, database -> {
            database.getCollection("views").insertOne(new Document("name", "Fresh"));
            assertThat(names(database, "views")).containsExactly("Fresh");
        });
    }

    @Test
    void aDeferredWriteIsCommittedWithinItsDelayWithoutAnyOtherWrite() throws InterruptedException {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(file(), "127.0.0.1", 0, DEFERRED);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("db").getCollection("views").insertOne(new Document("name", "Battle of Inchon"));
            Thread.sleep(JournalBeforeAck.COMMIT_MILLIS * (JournalBeforeAck.DEFERRED_EVERY + 2));
            MVStore deferred = server.backend().deferredStore();
            assertThat(deferred.hasUnsavedChanges()).isFalse();
        }
    }
}
