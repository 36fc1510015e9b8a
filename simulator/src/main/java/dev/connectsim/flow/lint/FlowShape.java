package dev.connectsim.flow.lint;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowFormat;
import dev.connectsim.flow.action.Action;

/**
 * Where things are in the file a flow came from, for JSON pointers: inside an export wrapper everything is under
 * {@code /ContactFlow/Content}; a legacy flow names its keys {@code start}, {@code version}, {@code modules} and
 * has no {@code Transitions} or {@code Parameters} objects, so findings inside a legacy module point at the
 * module itself.
 */
final class FlowShape {

    private static final String CONTENT = "/ContactFlow/Content";

    private final boolean legacy;
    private final String base;

    private FlowShape(boolean legacy, String base) {
        this.legacy = legacy;
        this.base = base;
    }

    /**
     * The shape of {@code flow}. A wrapper holds legacy content when its actions are {@code modules}; a wrapper
     * with no actions at all is taken to hold the current language.
     */
    static FlowShape of(Flow flow) {
        boolean wrapper = flow.format() == FlowFormat.EXPORT_WRAPPER;
        boolean legacy = flow.format() == FlowFormat.LEGACY
                || wrapper && !flow.actions().isEmpty()
                        && flow.actions().get(0).pointer().startsWith(CONTENT + "/modules/");
        return new FlowShape(legacy, wrapper ? CONTENT : "");
    }

    /** The flow is in the pre-2020 {@code modules} format (bare or wrapped). */
    boolean legacy() {
        return legacy;
    }

    /** The pointer of a top-level key: {@code current} in the flow language, {@code legacyKey} in a legacy flow. */
    String key(String current, String legacyKey) {
        return base + "/" + (legacy ? legacyKey : current);
    }

    /** The pointer of {@code suffix} (such as {@code /Transitions/NextAction}) inside the action. */
    String at(Action action, String suffix) {
        return legacy ? action.pointer() : action.pointer() + suffix;
    }
}
