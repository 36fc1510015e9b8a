package dev.connectsim.flow.lint;

import dev.connectsim.flow.FlowParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file cannot be loaded as a flow (malformed JSON with its line and column, a file that is not a flow, an
 * action that is not an object ...). It checks nothing itself: {@link #finding} turns the parser's exception into
 * a finding, so that {@code validate} goes on with the other files.
 */
final class ParseRule extends Rule {

    static final String ID = "parse";

    /** {@code action 'abc' (/Actions/2/Type)}, the place the parser gives inside a known action. */
    private static final Pattern IN_ACTION = Pattern.compile("action '(.*)' \\((.*)\\)");

    ParseRule() {
        super(ID, Severity.ERROR, "the file loads as a flow: well-formed JSON, a flow object, actions of the right"
                + " shape (message gives the line:col or pointer)");
    }

    @Override
    void check(Check check) {
        // Flows that loaded have nothing to report here.
    }

    Finding finding(FlowParseException e) {
        String place = e.place();
        String action = null;
        Matcher inAction = IN_ACTION.matcher(place);
        if (inAction.matches()) {
            action = inAction.group(1);
            place = inAction.group(2);
        }
        return new Finding(id(), severity(), e.source(), action, place, e.getMessage(), hint(e.problem()));
    }

    private static String hint(String problem) {
        if (problem.startsWith("malformed JSON")) {
            return "fix the JSON at that line and column (a missing bracket, comma or quote), or export the flow"
                    + " again";
        }
        if (problem.startsWith("duplicate key")) {
            return "keep one of the two entries";
        }
        if (problem.contains("empty object")) {
            return "export the flow again: the file holds an empty JSON object, not a flow";
        }
        if (problem.contains("empty")) {
            return "export the flow again: the file holds no JSON";
        }
        if (problem.startsWith("JSON too large or too deep")) {
            return "export the flow again: a flow nests objects and arrays a few levels deep, never a thousand";
        }
        if (problem.startsWith("UTF-16")) {
            return "save the file as UTF-8, as Connect exports flows";
        }
        if (problem.startsWith("not UTF-8")) {
            return "save the file as UTF-8 (the byte at that line and column is not UTF-8), as Connect exports flows";
        }
        if (problem.contains("over the limit") || problem.contains("more than")) {
            return "split the flow into several flows joined by TransferToFlow";
        }
        if (problem.startsWith("no such file") || problem.startsWith("cannot read")) {
            return "check the path and the file's permissions";
        }
        return "make the file a flow as the Connect editor exports it (Version, StartAction, Actions)";
    }
}
