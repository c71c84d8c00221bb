package org.palimpsest.system.projection;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A read model that moves from the shared processor to one of its own ({@link ReadModel#ownProcessor()}) starts
 * where the shared one stood: its documents hold exactly the events up to the shared processor's token, written with
 * it in the same batches. Without this its new processor would start at the first event and pass every stored event
 * once more (harmless, as projections skip what they hold, but as long as a rebuild's reading). A read model whose
 * collections hold nothing is new, not moved: its processor starts at the first event, as any new one does.
 * <p>
 * Runs when the bean is made, so before any processor starts (Spring starts them once every bean is made): the
 * shared processor cannot have read past the read model's documents yet. Should another node hold the shared
 * processor's token (a node that crashed holds it until its claim times out), or have made the new processor's
 * token first, nothing is handed over here: the new processor then starts at the first event, or where that node
 * started it.
 */
@Component
class ProcessorTokenHandOver {

    private static final System.Logger LOG = System.getLogger(ProcessorTokenHandOver.class.getName());

    @Autowired
    ProcessorTokenHandOver(TokenStore tokens, List<ReadModel> readModels, MongoDatabase database) {
        this(
                tokens,
                readModels,
                model -> model.collections().stream()
                        .anyMatch(collection -> database.getCollection(collection)
                                        .find()
                                        .limit(1)
                                        .first()
                                != null));
    }

    /**
     * @param holdsDocuments whether a read model's collections hold anything: one that holds nothing is new, not
     *     moved, and must read every event from the first (handed the shared token, it would miss them all)
     */
    ProcessorTokenHandOver(TokenStore tokens, List<ReadModel> readModels, Predicate<ReadModel> holdsDocuments) {
        for (ReadModel model : readModels) {
            if (model.ownProcessor()) {
                handOver(tokens, model, holdsDocuments);
            }
        }
    }

    private static void handOver(TokenStore tokens, ReadModel model, Predicate<ReadModel> holdsDocuments) {
        String processor = model.name();
        // a processor with a token has been started before: the usual start, one query and nothing more
        if (tokens.fetchSegments(processor).length > 0 || !holdsDocuments.test(model)) {
            return;
        }
        int[] shared = tokens.fetchSegments(ProjectionConfiguration.READ_MODELS);
        if (shared.length != 1) {
            // never read, or split into segments: nothing a single segment could start from
            return;
        }
        try {
            TrackingToken stood = tokens.fetchToken(ProjectionConfiguration.READ_MODELS, shared[0]);
            tokens.releaseClaim(ProjectionConfiguration.READ_MODELS, shared[0]);
            tokens.initializeTokenSegments(processor, 1, stood);
            LOG.log(
                    System.Logger.Level.INFO,
                    "processor " + processor + " starts where " + ProjectionConfiguration.READ_MODELS + " stood");
        } catch (AxonTransientException | MongoException e) {
            // the shared token claimed elsewhere, or the new processor's made by another node meanwhile
            LOG.log(
                    System.Logger.Level.WARNING,
                    "processor " + processor + " not handed the token of " + ProjectionConfiguration.READ_MODELS + " ("
                            + e.getMessage() + "); it starts at the first event");
        }
    }
}
