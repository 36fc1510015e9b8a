package dev.connectsim.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void aPhoneNumberEndpointIsNamedByItsNumberAndHasNoArn() {
        Endpoint endpoint = Endpoint.byPhoneNumber("+15550199");

        assertEquals(new Endpoint(null, EndpointType.PHONE_NUMBER, "+15550199", "+15550199"), endpoint);
        assertNull(endpoint.endpointId());
    }

    @Test
    void theEndpointIdIsThePartOfTheArnAfterTheLastSlash() {
        Endpoint endpoint = new Endpoint(
                "arn:aws:connect:us-east-1:111122223333:instance/i-1/transfer-destination/qc-9", EndpointType.AGENT,
                "Bob", null);

        assertEquals("qc-9", endpoint.endpointId());
    }

    @Test
    void anEndpointNeedsATypeAndAName() {
        assertEquals("type", assertThrows(NullPointerException.class,
                () -> new Endpoint("arn", null, "Bob", null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class,
                () -> new Endpoint("arn", EndpointType.QUEUE, null, null)).getMessage());
    }

    @Test
    void endpointTypesUseStreamsLowerCaseValues() {
        assertEquals("phone_number", EndpointType.PHONE_NUMBER.value());
        assertEquals("agent", EndpointType.AGENT.value());
        assertEquals("queue", EndpointType.QUEUE.value());
    }

    @Test
    void aQueueIdIsThePartOfTheQueueArnAfterTheLastSlash() {
        QueueInfo queue = new QueueInfo("BasicQueue", "arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-42");

        assertEquals("q-42", queue.queueId());
    }
}
