package dev.connectsim.harness.report;

import dev.connectsim.contact.ContactRecord;
import dev.connectsim.harness.Timeline;
import dev.connectsim.harness.salesforce.SalesforceFinding;
import dev.connectsim.harness.salesforce.SalesforceJournal;
import dev.connectsim.harness.salesforce.SalesforceRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a scenario left, as HTML tables for the report and Allure ({@link #MEDIA_TYPE} attachments): the contact
 * records, one column per contact leg and one row per field of the contact trace record (instants as their offset
 * on the scenario's timeline), and the Salesforce requests, one row each, then the findings.
 */
public final class ScenarioTables {

    /** The media type of these attachments, which the report shows as they are. */
    public static final String MEDIA_TYPE = "text/html";

    private ScenarioTables() {
    }

    /** The contact records as a table: a row per field, a column per leg. */
    public static String contactRecords(List<ContactRecord> records, Timeline timeline) {
        if (records.isEmpty()) {
            return "<p>no contact record</p>";
        }
        StringBuilder html = new StringBuilder("<table class=\"data\"><tr><th>field</th>");
        records.forEach(r -> html.append("<th>").append(Html.escape(r.contactId())).append("</th>"));
        html.append("</tr>");
        for (RecordComponent field : ContactRecord.class.getRecordComponents()) {
            html.append("<tr><th>").append(field.getName()).append("</th>");
            for (ContactRecord record : records) {
                html.append("<td>").append(Html.escape(value(field, record, timeline))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    /** The Salesforce requests as a table, then the findings. */
    public static String salesforceRequests(SalesforceJournal journal, Timeline timeline) {
        StringBuilder html = new StringBuilder("<table class=\"data\"><tr><th>at</th><th>request</th><th>answer</th>"
                + "<th>after</th><th>VoiceCall</th></tr>");
        for (SalesforceRequest request : journal.requests()) {
            String voiceCall = !request.isVoiceCallCreate() ? ""
                    : request.bodyFields().map(b -> "vendorCallKey " + b.get("vendorCallKey")).orElse("")
                            + request.responseFields().map(b -> b.get("voiceCallId")).map(id -> " \u2192 " + id)
                                    .orElse("");
            html.append("<tr><td>").append(timeline.offset(request.at())).append("</td><td>")
                    .append(Html.escape(request.method() + " " + request.path())).append("</td><td>")
                    .append(Html.escape(request.fault().map(f -> "no answer (" + f + ")")
                            .orElse(String.valueOf(request.status())))).append("</td><td>")
                    .append(request.latency().toMillis()).append(" ms</td><td>").append(Html.escape(voiceCall))
                    .append("</td></tr>");
        }
        html.append("</table>");
        if (journal.requests().isEmpty()) {
            html.append("<p>Salesforce received no request</p>");
        }
        List<SalesforceFinding> findings = journal.findings();
        if (!findings.isEmpty()) {
            html.append("<ul>").append(findings.stream().map(f -> "<li class=\"failed\">" + Html.escape(f.kind()
                    + ": " + f.message()) + "</li>").collect(Collectors.joining())).append("</ul>");
        }
        return html.toString();
    }

    private static String value(RecordComponent field, ContactRecord record, Timeline timeline) {
        try {
            Object value = field.getAccessor().invoke(record);
            if (value == null) {
                return "";
            }
            if (value instanceof Instant at) {
                return timeline.offset(at);
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
            }
            return String.valueOf(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.getName() + " of a contact record", e);
        }
    }
}
