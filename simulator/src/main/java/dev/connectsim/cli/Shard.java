package dev.connectsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --shard I/N}: the I-th of N parts of a run's scenarios, for CI jobs that run one part each. The scenarios
 * are sorted by feature file (its path from the project folder) and line, then dealt out in turn: the first to
 * shard 1, the second to shard 2, ..., the N+1-th to shard 1 again. The split depends on nothing but the scenarios,
 * so every machine makes the same one, and the parts differ in size by one scenario at most.
 *
 * @param index I, from 1 to {@code count}
 * @param count N, at least 1
 */
record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("expected I/N with N at least 1 and I from 1 to N, such as 2/3; was "
                    + index + "/" + count);
        }
    }

    /** {@code text} as {@code I/N}; anything else is an {@link IllegalArgumentException} saying the form. */
    static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected I/N, such as 2/3 for the second of three parts; was '"
                    + text + "'");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** This shard's part of {@code scenarios}, whatever order they are listed in. */
    <T extends Comparable<? super T>> List<T> of(List<T> scenarios) {
        List<T> sorted = new ArrayList<>(scenarios);
        sorted.sort(null);
        List<T> part = new ArrayList<>();
        for (int i = index - 1; i < sorted.size(); i += count) {
            part.add(sorted.get(i));
        }
        return part;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** Reads {@code --shard} for picocli: a bad value is bad usage (exit 2) with the form expected. */
    static final class Converter implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
