package org.palimpsest.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * A bad {@code palimpsest.*} value: which setting, what it must be, and where settings go. Ahead of Spring
 * Boot's bind analyzer, which would wrap the same sentence in binding details.
 */
class InvalidSettingAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Correct " + cause.setting()
                        + " (application.yml, --" + cause.setting() + "=…, or the environment variable "
                        + environmentName(cause.setting()) + "); docs/operations.md lists the settings.",
                cause);
    }

    static String environmentName(String setting) {
        String plain = setting.replaceAll("\\[\\d+]", "_$0").replaceAll("[\\[\\]]", "");
        return plain.replace('.', '_').replace('-', '_').toUpperCase();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
