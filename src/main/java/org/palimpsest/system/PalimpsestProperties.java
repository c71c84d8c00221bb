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
 * @param trackingLookBack how far tracking processors look back for late events (see AppendOrderStorageStrategy);
 *                      by default 10 ms on the embedded server, which only this process writes, and 2 s on MongoDB,
 *                      which several app nodes may share
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
        Duration trackingLookBack,
        @DefaultValue("524288") int maxRequestBytes,
        @DefaultValue("16777216") int maxBulkRequestBytes,
        List<Account> accounts) {

    /** Within one process appends are stamped in storage order; between nodes, clocks and inserts drift. */
    static final Duration EMBEDDED_LOOK_BACK = Duration.ofMillis(10);
    static final Duration SHARED_LOOK_BACK = Duration.ofSeconds(2);

    public PalimpsestProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        if (trackingLookBack == null) {
            trackingLookBack = embedded(mongodbUri) ? EMBEDDED_LOOK_BACK : SHARED_LOOK_BACK;
        }
    }

    public boolean embedded() {
        return embedded(mongodbUri);
    }

    /** The demo accounts' passwords are their names: while they are on, the app listens on loopback only. */
    public boolean demoAccountsOn() {
        return embedded() || demoAccounts;
    }

    private static boolean embedded(String mongodbUri) {
        return mongodbUri == null || mongodbUri.isBlank();
    }

    public record Account(String username, String passwordHash, List<String> roles) {
    }
}
