package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.ContactTagLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TagContact's Tags and UnTagContact's TagKeys, against {@link ContactTagLimits}. */
final class TagParameters {

    private TagParameters() {
    }

    /** Tags is an object of 1 to 6 text entries; static keys and values within the limits. */
    static void tags(Check check, Action action) {
        Object tags = action.parameters().get("Tags");
        String hint = "set Tags to an object of up to " + ContactTagLimits.MAX_TAGS + " \"key\": \"value\" entries";
        if (!(tags instanceof Map<?, ?> map) || map.isEmpty()) {
            check.report(action, tags == null ? "/Parameters" : "/Parameters/Tags", tags == null ? "missing Tags"
                    + " (expected an object of the tags to set)" : "Tags must be an object of 1 to "
                    + ContactTagLimits.MAX_TAGS + " tags, found " + (tags instanceof Map ? "none" : Words.kind(tags)),
                    hint);
            return;
        }
        if (map.size() > ContactTagLimits.MAX_TAGS) {
            check.report(action, "/Parameters/Tags", "Tags has " + map.size() + " tags, more than the "
                    + ContactTagLimits.MAX_TAGS + " a contact holds", "keep at most " + ContactTagLimits.MAX_TAGS
                    + " tags");
        }
        map.forEach((k, v) -> {
            String key = (String) k;
            String at = Words.child("/Parameters/Tags", key);
            if (!(v instanceof String value)) {
                check.report(action, at, "the value of tag " + Words.quote(key) + " must be text, found "
                        + Words.kind(v), "write the value as text");
                return;
            }
            Optional<String> problem = (Words.isDynamic(key) ? Optional.<String>empty()
                    : ContactTagLimits.keyProblem(key))
                    .or(() -> Words.isDynamic(value) ? Optional.empty() : ContactTagLimits.valueProblem(key, value));
            problem.ifPresent(p -> check.report(action, at, p, "use a key of letters, digits and + - = . _ : / up to "
                    + ContactTagLimits.MAX_KEY_LENGTH + " characters and a value up to "
                    + ContactTagLimits.MAX_VALUE_LENGTH));
        });
    }

    /** TagKeys is a list of 1 to 6 static keys within the limits ("Key(s) can only be set statically"). */
    static void tagKeys(Check check, Action action) {
        Object keys = action.parameters().get("TagKeys");
        String hint = "set TagKeys to a list of up to " + ContactTagLimits.MAX_TAGS + " tag keys, such as"
                + " [\"department\"]";
        if (!(keys instanceof List<?> list) || list.isEmpty() || list.size() > ContactTagLimits.MAX_TAGS) {
            check.report(action, keys == null ? "/Parameters" : "/Parameters/TagKeys", keys == null
                    ? "missing TagKeys (expected a list of the tag keys to remove)" : "TagKeys must be a list of 1 to "
                            + ContactTagLimits.MAX_TAGS + " keys, found " + (keys instanceof List<?> l ? l.size()
                                    + " keys" : Words.kind(keys)), hint);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/Parameters/TagKeys/" + i;
            if (!(list.get(i) instanceof String key)) {
                check.report(action, at, "a tag key must be text, found " + Words.kind(list.get(i)), hint);
            } else if (Words.isDynamic(key)) {
                check.report(action, at, "tag keys to remove must be static, was " + Words.quote(key), hint);
            } else {
                ContactTagLimits.keyProblem(key).ifPresent(p -> check.report(action, at, p, hint));
            }
        }
    }
}
