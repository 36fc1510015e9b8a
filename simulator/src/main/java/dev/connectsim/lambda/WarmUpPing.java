package dev.connectsim.lambda;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An EventBridge scheduled event sent by a keep-warm schedule ({@link LambdaRuntime#keepWarm}).
 * Its JSON has {@code "detail-type": "Scheduled Event"}, which the SCV telephony function answers
 * with {@code {statusCode: 200, message: "Keep Lambda Warm"}} without doing anything else.
 *
 * @param id      the event id
 * @param time    when the schedule fired, in virtual time
 * @param region  the region of the rule (taken from the function's ARN)
 * @param account the account of the rule (taken from the function's ARN)
 * @param ruleArn the ARN of the schedule rule
 */
public record WarmUpPing(String id, Instant time, String region, String account, String ruleArn)
        implements LambdaEvent {

    /** The {@code detail-type} of a scheduled event. */
    public static final String DETAIL_TYPE = "Scheduled Event";

    public WarmUpPing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(ruleArn, "ruleArn");
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", "0");
        map.put("id", id);
        map.put("detail-type", DETAIL_TYPE);
        map.put("source", "aws.events");
        map.put("account", account);
        map.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        map.put("region", region);
        map.put("resources", List.of(ruleArn));
        map.put("detail", Map.of());
        return JsonValues.immutableCopy(map);
    }
}
