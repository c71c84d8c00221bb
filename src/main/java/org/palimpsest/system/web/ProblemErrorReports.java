package org.palimpsest.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} in place of the host's error report valve. Done as the host starts, after
 * every context customizer (Spring Boot's own adds a plain {@link ErrorReportValve}), and by class name too,
 * so that the host does not add its default one beside ours.
 */
@Component
class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectMapper json;

    ProblemErrorReports(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    install(host);
                }
            });
        });
    }

    private void install(StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
        host.getPipeline().addValve(new ProblemReportValve(json));
    }
}
