package dev.connectsim.harness.arguments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call of a function the agent's page defines, as a step writes it: {@code coldTransferToDestination("+15550199")},
 * the arguments JSON values (strings in double quotes, numbers, true, false, null, arrays, objects).
 *
 * @param function the global function's name
 * @param args     its arguments, as Jackson reads JSON: String, Integer, Double, Boolean, null, List, Map
 */
public record ScriptCall(String function, List<Object> args) {

    /** What the parameter type matches: a name, then anything in parentheses. */
    public static final String FORM = "[A-Za-z_$][\\w$]*\\(.*\\)";

    private static final Pattern CALL = Pattern.compile("([A-Za-z_$][\\w$]*)\\((.*)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The call {@code written}; arguments that are not JSON say which. */
    public static ScriptCall parse(String written) {
        Matcher matcher = CALL.matcher(written);
        if (!matcher.matches()) {
            throw MalformedArgument.notA("a function call", written, "expected a name and JSON arguments in"
                    + " parentheses, such as coldTransferToDestination(\"+15550199\")");
        }
        try {
            List<Object> args = JSON.readerForListOf(Object.class).readValue("[" + matcher.group(2) + "]");
            return new ScriptCall(matcher.group(1), args);
        } catch (JsonProcessingException e) {
            throw MalformedArgument.notA("a function call", written, "its arguments are not JSON values ("
                    + e.getOriginalMessage() + "); write strings in double quotes, such as f(\"+15550199\", 30)");
        }
    }
}
