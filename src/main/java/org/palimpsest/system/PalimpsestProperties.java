package org.palimpsest.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator can set under {@code palimpsest.*} (see docs/operations.md).
 *
 * @param mongodbUri    a real MongoDB; blank starts the embedded server under {@code dataDir}
 * @param embeddedPort  port of the embedded server on 127.0.0.1 (0: any free port)
 * @param demoAccounts  editor1, editor2, reviewer and admin; always on with the embedded server
 * @param trackingLookBack how far tracking processors look back for late events (see AppendOrderStorageStrategy)
 * @param accounts      real accounts, passwords as BCrypt hashes
 */
@ConfigurationProperties("palimpsest")
public record PalimpsestProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./seeds") Path seedsDir,
        @DefaultValue("") String mongodbUri,
        @DefaultValue("palimpsest") String database,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("false") boolean demoAccounts,
        @DefaultValue("10000") int entryCacheSize,
        @DefaultValue("100") int snapshotThreshold,
        @DefaultValue("2s") Duration trackingLookBack,
        @DefaultValue("524288") int maxRequestBytes,
        @DefaultValue("16777216") int maxBulkRequestBytes,
        List<Account> accounts) {

    public PalimpsestProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }

    public record Account(String username, String passwordHash, List<String> roles) {
    }
}
