package dev.connectsim.flow.lint;

/** {@code Version} must be {@code "2019-10-30"}, the only version of the flow language (legacy flows have their own). */
final class UnknownVersionRule extends Rule {

    static final String VALID = "2019-10-30";

    UnknownVersionRule() {
        super("unknown-version", Severity.ERROR, "Version is \"" + VALID + "\", the only flow-language version"
                + " (legacy flows are not checked)");
    }

    @Override
    void check(Check check) {
        if (check.shape().legacy()) {
            return;
        }
        String pointer = check.shape().key("Version", "version");
        String hint = "set \"Version\": \"" + VALID + "\"";
        check.flow().version().ifPresentOrElse(version -> {
            if (!version.equals(VALID)) {
                check.reportFlow(pointer, "Version is " + Words.quote(version) + "; the only valid Version is \""
                        + VALID + "\"", hint);
            }
        }, () -> check.reportFlow(pointer, "missing Version (expected \"" + VALID + "\")", hint));
    }
}
