package dev.connectsim.cli;

import dev.connectsim.telephony.ThirdPartyBehavior;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --third-party} choices of the demo, as the words a user types. */
enum ThirdPartyOption {
    ANSWERS, NEVER_ANSWERS, BUSY, REJECTS;

    /** The word on the command line, such as {@code never-answers}. */
    String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    ThirdPartyBehavior behavior(Duration after) {
        return switch (this) {
            case ANSWERS -> ThirdPartyBehavior.answersAfter(after);
            case NEVER_ANSWERS -> ThirdPartyBehavior.neverAnswers();
            case BUSY -> ThirdPartyBehavior.busy();
            case REJECTS -> ThirdPartyBehavior.rejectsAfter(after);
        };
    }

    static String words() {
        return Arrays.stream(values()).map(ThirdPartyOption::word).collect(Collectors.joining(", "));
    }

    /** Reads the word; an unknown one names the choices. */
    static final class Converter implements ITypeConverter<ThirdPartyOption> {
        @Override
        public ThirdPartyOption convert(String value) {
            return Arrays.stream(values()).filter(o -> o.word().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "'" + value + "' is not a third-party behaviour; expected one of: " + words()));
        }
    }
}
