/**
 * The simulated Salesforce: an embedded WireMock per scenario, serving {@code stubs/} on 127.0.0.1 and a dynamic
 * port, and what a scenario asserts about it.
 *
 * <p>Design note. {@link dev.connectsim.harness.salesforce.SalesforceStub} starts WireMock with five extensions that
 * share one {@link dev.connectsim.harness.salesforce.StubState}: {@code VirtualLatency} strips every delay a stub asks
 * for and reports it in a response header, so the telephony function charges it in virtual time instead of anybody
 * sleeping; {@code TokenCheck} and {@code TokenRejection} answer 401 to a token that does not verify (signature,
 * issuer, subject, expiry, a reused jti) against the simulation's clock; {@code SeededValues} gives the stubs'
 * {@code randomValue} template helper a seeded source, so generated VoiceCall ids repeat run after run;
 * {@code StubEvents} stamps each request with the virtual time it arrived and counts down faults switched on for
 * N requests. The stubs themselves are plain WireMock files, so {@code stubs/} also works with the standalone
 * WireMock (without the token check and with real delays). {@link dev.connectsim.harness.salesforce.SalesforceJournal}
 * turns WireMock's request journal into VoiceCall records, updates and findings, with no WireMock type in sight.
 */
package dev.connectsim.harness.salesforce;
