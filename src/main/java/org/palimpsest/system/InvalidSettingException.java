package org.palimpsest.system;

/** A {@code palimpsest.*} setting with a value the app cannot run with; {@link InvalidSettingAnalyzer} reports it. */
public class InvalidSettingException extends IllegalArgumentException {

    private final String setting;
    private final String rule;

    InvalidSettingException(String setting, Object value, String rule) {
        super("palimpsest." + setting + " is " + (value == null ? "not set" : "'" + value + "'") + "; it must be "
                + rule);
        this.setting = "palimpsest." + setting;
        this.rule = rule;
    }

    public static void check(boolean valid, String setting, Object value, String rule) {
        if (!valid) {
            throw new InvalidSettingException(setting, value, rule);
        }
    }

    public String setting() {
        return setting;
    }

    public String rule() {
        return rule;
    }
}
