"""The reference project's caller tier, a Python Lambda function as a team writes one.

The Caller Tier flow (flows/caller-tier.json) calls it with the Connect event and keeps what it returns as contact
attributes. It looks the caller's number up in a small in-memory table. Three callers show what goes wrong in
production: +15550666 makes the table fail (the function raises), +15550199 meets a slow replica (the function sleeps
4 seconds, longer than the flow's 3 second limit), and Grace's record carries her perks as a nested object, which a
block with STRING_MAP validation refuses.
"""
import os
import time

TIERS = {
    "+15550100": {"tier": "gold", "since": "2019"},
    "+15550101": {"tier": "silver", "since": "2023"},
    "+15550177": {"tier": "platinum", "since": "2015", "perks": {"lounge": "yes", "priority": "high"}},
}

UNLUCKY = "+15550666"
SLOW = "+15550199"


def lambda_handler(event, context):
    endpoint = event["Details"]["ContactData"].get("CustomerEndpoint") or {}
    caller = endpoint.get("Address", "unknown")
    print("tier of %s from %s, %d ms left" % (caller, os.environ["TIER_TABLE"], context.get_remaining_time_in_millis()))
    if caller == UNLUCKY:
        raise ConnectionError("the tier table is unavailable")
    if caller == SLOW:
        time.sleep(4)
    record = TIERS.get(caller)
    if record is None:
        print("no tier for the number %s" % caller)
        return {"found": "false"}
    return dict(found="true", **record)
