package org.palimpsest.system.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

class ProcessorTokenHandOverTest {

    private static final ReadModel SHARED = new ReadModel("articles", List.of("articles"), true);
    private static final ReadModel ALONE = new ReadModel("blame", List.of("blame_entries"), true, true);

    private final TokenStore tokens = new InMemoryTokenStore();

    @Test
    void aReadModelGivenItsOwnProcessorStartsWhereTheSharedOneStood() {
        tokens.initializeTokenSegments(ProjectionConfiguration.READ_MODELS, 1, new GlobalSequenceTrackingToken(42));

        new ProcessorTokenHandOver(tokens, List.of(SHARED, ALONE), model -> true);

        assertThat(tokens.fetchSegments("blame")).containsExactly(0);
        assertThat(tokens.fetchToken("blame", 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThat(tokens.fetchSegments("articles")).isEmpty();
        // the shared processor's token is where it was
        assertThat(tokens.fetchToken(ProjectionConfiguration.READ_MODELS, 0))
                .isEqualTo(new GlobalSequenceTrackingToken(42));
    }

    @Test
    void aProcessorThatHasATokenKeepsIt() {
        tokens.initializeTokenSegments(ProjectionConfiguration.READ_MODELS, 1, new GlobalSequenceTrackingToken(42));
        tokens.initializeTokenSegments("blame", 1, new GlobalSequenceTrackingToken(7));

        new ProcessorTokenHandOver(tokens, List.of(SHARED, ALONE), model -> true);

        assertThat(tokens.fetchToken("blame", 0)).isEqualTo(new GlobalSequenceTrackingToken(7));
    }

    @Test
    void aNewReadModelWithNothingStoredStartsAtTheFirstEvent() {
        tokens.initializeTokenSegments(ProjectionConfiguration.READ_MODELS, 1, new GlobalSequenceTrackingToken(42));

        new ProcessorTokenHandOver(tokens, List.of(SHARED, ALONE), model -> false);

        assertThat(tokens.fetchSegments("blame")).isEmpty();
    }

    @Test
    void onAStoreNeverReadTheNewProcessorStartsAsAnyOther() {
        new ProcessorTokenHandOver(tokens, List.of(SHARED, ALONE), model -> true);

        assertThat(tokens.fetchSegments("blame")).isEmpty();
    }
}
