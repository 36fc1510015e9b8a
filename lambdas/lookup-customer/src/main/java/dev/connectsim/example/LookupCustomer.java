package dev.connectsim.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference project's customer lookup, a Lambda function as a team writes one: the Customer Lookup flow
 * (flows/customer-lookup.json) calls it with the Connect event and keeps what it returns as contact attributes.
 *
 * <p>It looks the caller's number up in a small in-memory table, named by its {@code CUSTOMER_TABLE} environment
 * variable. Three entries show what goes wrong in production: the number {@code +15550666} makes the "database"
 * fail (the function throws), {@code +15550155} makes it slow (the function sleeps 4 s, longer than the flow
 * waits), and Grace's record carries her address as a nested object, which a block with STRING_MAP validation
 * refuses.
 */
public class LookupCustomer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Map<String, Map<String, Object>> CUSTOMERS = Map.of(
            "+15550100", Map.of("customerName", "Ada Lovelace", "tier", "gold"),
            "+15550101", Map.of("customerName", "Alan Turing", "tier", "silver"),
            "+15550177", Map.of("customerName", "Grace Hopper", "tier", "gold",
                    "address", Map.of("street", "1 Navy Way", "city", "Arlington")));

    /** The caller whose lookup the "database" fails. */
    static final String UNLUCKY = "+15550666";
    /** The caller whose lookup the "database" answers slowly. */
    static final String SLOW = "+15550155";
    /** How long the slow lookup takes. */
    static final long SLOW_MILLIS = 4000;

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String caller = callerNumber(event);
        context.getLogger().log("looking up " + caller + " with " + context.getRemainingTimeInMillis() + " ms left");
        if (UNLUCKY.equals(caller)) {
            throw new IllegalStateException("the customer database is unavailable");
        }
        if (SLOW.equals(caller)) {
            System.out.println("the " + System.getenv("CUSTOMER_TABLE") + " table is slow today");
            try {
                Thread.sleep(SLOW_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the customer database", e);
            }
        }
        Map<String, Object> customer = CUSTOMERS.get(caller);
        Map<String, Object> reply = new LinkedHashMap<>();
        if (customer == null) {
            context.getLogger().log("no customer has the number " + caller);
            reply.put("found", "false");
            return reply;
        }
        reply.put("found", "true");
        reply.putAll(customer);
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static String callerNumber(Map<String, Object> event) {
        Map<String, Object> details = (Map<String, Object>) event.getOrDefault("Details", Map.of());
        Map<String, Object> contact = (Map<String, Object>) details.getOrDefault("ContactData", Map.of());
        Object endpoint = contact.get("CustomerEndpoint");
        return endpoint instanceof Map<?, ?> map ? String.valueOf(map.get("Address")) : "unknown";
    }
}
