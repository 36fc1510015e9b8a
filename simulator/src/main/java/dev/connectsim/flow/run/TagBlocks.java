package dev.connectsim.flow.run;

import dev.connectsim.flow.action.ContactTagLimits;
import dev.connectsim.flow.action.TagContact;
import dev.connectsim.flow.action.UnTagContact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The contact's user-defined tags: TagContact sets them and UnTagContact removes them, each all or nothing. The
 * tags show on the contact record ({@code ContactRecord.tags()}).
 */
final class TagBlocks {

    private TagBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(TagContact.class, TagBlocks::tag);
        blocks.on(UnTagContact.class, TagBlocks::untag);
    }

    /**
     * Works out every key and value first, and sets none when one refers to nothing, breaks a limit of
     * {@link ContactTagLimits}, or would leave the contact with more than 6 tags: then NoMatchingError. The page
     * lists no error; the console's Contact tags block has an Error branch (*guess*: that is where Connect sends it).
     */
    private static BlockOutcome tag(TagContact action, BlockContext context) {
        Map<String, String> tags = new LinkedHashMap<>(context.contact().tags());
        for (Map.Entry<String, String> entry : action.tags().entrySet()) {
            Optional<String> key = context.value(entry.getKey());
            Optional<String> value = context.value(entry.getValue());
            if (key.isEmpty() || value.isEmpty()) {
                return BlockOutcome.noMatchingError("tag '" + entry.getKey() + "': "
                        + (key.isEmpty() ? entry.getKey() : entry.getValue())
                        + " is not set on the contact, so no tag was set");
            }
            Optional<String> problem = ContactTagLimits.keyProblem(key.get())
                    .or(() -> ContactTagLimits.valueProblem(key.get(), value.get()));
            if (problem.isPresent()) {
                return BlockOutcome.noMatchingError(problem.get() + ", so no tag was set");
            }
            tags.put(key.get(), value.get());
        }
        if (tags.size() > ContactTagLimits.MAX_TAGS) {
            return BlockOutcome.noMatchingError("the contact would have " + tags.size() + " tags (" + String.join(", ",
                    tags.keySet()) + "), more than the " + ContactTagLimits.MAX_TAGS + " a contact holds, so no tag"
                    + " was set");
        }
        context.contact().setTags(tags);
        return BlockOutcome.next();
    }

    /** Removes the keys the contact has; a key it does not have is passed over (*guess*). */
    private static BlockOutcome untag(UnTagContact action, BlockContext context) {
        for (String key : action.tagKeys()) {
            Optional<String> problem = ContactTagLimits.keyProblem(key);
            if (problem.isPresent()) {
                return BlockOutcome.noMatchingError(problem.get() + ", so no tag was removed");
            }
        }
        Map<String, String> tags = new LinkedHashMap<>(context.contact().tags());
        action.tagKeys().forEach(tags::remove);
        context.contact().setTags(tags);
        return BlockOutcome.next();
    }
}
