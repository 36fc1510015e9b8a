package dev.connectsim.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A whole percentage from 0 to 100, as {@code --min-coverage} takes it; anything else is bad usage. */
final class PercentConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int percent;
        try {
            percent = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a whole percentage from 0 to 100, was '" + value + "'");
        }
        if (percent < 0 || percent > 100) {
            throw new TypeConversionException("must be from 0 to 100, was " + percent);
        }
        return percent;
    }
}
