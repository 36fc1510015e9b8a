package dev.connectsim.lambda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lambda function ARN, {@code arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]},
 * where the qualifier is an alias (such as {@code active}) or a version (such as {@code 3}).
 */
public record FunctionArn(String partition, String region, String account, String name, Optional<String> qualifier) {

    private static final Pattern ARN = Pattern.compile(
            "arn:([a-z0-9-]+):lambda:([a-z0-9-]+):(\\d{12}):function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9_$-]+))?");

    /** The ARN {@code text} names, or empty when it is not a Lambda function ARN. */
    public static Optional<FunctionArn> parse(String text) {
        Matcher matcher = ARN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FunctionArn(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                Optional.ofNullable(matcher.group(5))));
    }

    /** The same ARN without its alias or version. */
    public String unqualified() {
        return "arn:" + partition + ":lambda:" + region + ":" + account + ":function:" + name;
    }
}
