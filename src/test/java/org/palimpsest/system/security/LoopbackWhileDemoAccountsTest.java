package org.palimpsest.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.RunningApp;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;

@ExtendWith(OutputCaptureExtension.class)
class LoopbackWhileDemoAccountsTest {

    static final String LOG = LoopbackWhileDemoAccounts.class.getName();

    @TempDir
    Path dataDir;

    @Test
    void withDemoAccountsOnTheAppListensOnLoopbackOnlyAndSaysSo(CapturedOutput output) throws IOException {
        try (RunningApp app = RunningApp.embedded(dataDir, "--logging.level." + LOG + "=INFO")) {
            assertThat(output.getOut()).containsOnlyOnce("so Palimpsest listens on 127.0.0.1 only");
            assertThat(boundAddress(app).isLoopbackAddress()).isTrue();
            assertThat(app.api().get("/actuator/health").status()).isEqualTo(200);
            Optional<InetAddress> outside = nonLoopbackAddress();
            assumeTrue(outside.isPresent(), "this machine has no address but loopback");
            assertThatThrownBy(() -> connect(outside.get(), app.webServer().getPort()))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void anExplicitServerAddressWinsOverTheLoopbackDefault(CapturedOutput output) throws IOException {
        try (RunningApp app =
                RunningApp.embedded(dataDir, "--server.address=0.0.0.0", "--logging.level." + LOG + "=INFO")) {
            assertThat(output.getOut()).doesNotContain("listens on 127.0.0.1 only");
            assertThat(boundAddress(app).isAnyLocalAddress()).isTrue();
            Optional<InetAddress> outside = nonLoopbackAddress();
            assumeTrue(outside.isPresent(), "this machine has no address but loopback");
            connect(outside.get(), app.webServer().getPort());
        }
    }

    private static InetAddress boundAddress(RunningApp app) {
        return (InetAddress)
                ((TomcatWebServer) app.webServer()).getTomcat().getConnector().getProperty("address");
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
