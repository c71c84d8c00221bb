package org.palimpsest.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
 * @param mongodbStartTimeout how long the start waits for a real MongoDB to answer before it fails
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
        List<Account> accounts,
        @DefaultValue("10s") Duration mongodbStartTimeout) {

    /** Within one process appends are stamped in storage order; between nodes, clocks and inserts drift. */
    static final Duration EMBEDDED_LOOK_BACK = Duration.ofMillis(10);

    static final Duration SHARED_LOOK_BACK = Duration.ofSeconds(2);

    private static final Set<String> ROLES = Set.of("EDITOR", "REVIEWER", "ADMIN");
    /** A hash with an encoder prefix ("{bcrypt}…"), or a bare BCrypt hash; anything else is a password. */
    private static final Pattern PASSWORD_HASH = Pattern.compile("\\{[^}]+}.+|\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    /** A wrong value fails the start here, naming the setting, rather than deep inside whichever bean uses it. */
    public PalimpsestProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        if (trackingLookBack == null) {
            trackingLookBack = embedded(mongodbUri) ? EMBEDDED_LOOK_BACK : SHARED_LOOK_BACK;
        }
        InvalidSettingException.check(
                embeddedPort >= 0 && embeddedPort <= 65535,
                "embedded-port",
                embeddedPort,
                "a TCP port, 0 to 65535 (0: any free port)");
        InvalidSettingException.check(entryCacheSize >= 0, "entry-cache-size", entryCacheSize, "0 or more");
        InvalidSettingException.check(snapshotThreshold >= 1, "snapshot-threshold", snapshotThreshold, "1 or more");
        InvalidSettingException.check(
                !trackingLookBack.isNegative(), "tracking-look-back", trackingLookBack, "0 or more");
        InvalidSettingException.check(maxRequestBytes >= 1, "max-request-bytes", maxRequestBytes, "1 or more");
        InvalidSettingException.check(
                maxBulkRequestBytes >= 1, "max-bulk-request-bytes", maxBulkRequestBytes, "1 or more");
        InvalidSettingException.check(
                !mongodbStartTimeout.isNegative() && !mongodbStartTimeout.isZero(),
                "mongodb-start-timeout",
                mongodbStartTimeout,
                "more than 0");
        for (int i = 0; i < accounts.size(); i++) {
            accounts.get(i).check("accounts[" + i + "]");
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

        void check(String name) {
            InvalidSettingException.check(
                    username != null && !username.isBlank(), name + ".username", username, "a user name");
            InvalidSettingException.check(
                    passwordHash != null && PASSWORD_HASH.matcher(passwordHash).matches(),
                    name + ".password-hash",
                    passwordHash == null ? null : "(hidden)",
                    "a BCrypt hash such as {bcrypt}$2a$10$…, not the password itself (docs/operations.md)");
            if (roles != null) {
                for (String role : roles) {
                    InvalidSettingException.check(
                            ROLES.contains(role),
                            name + ".roles",
                            role,
                            "each one of "
                                    + String.join(", ", ROLES.stream().sorted().toList()));
                }
            }
        }
    }
}
