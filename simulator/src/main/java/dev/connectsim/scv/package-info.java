/**
 * Salesforce Service Cloud Voice: the telephony-integration function (InvokeTelephonyIntegrationApiFunction)
 * re-implemented in Java from its documented behaviour, with its RS256 token and its HTTP client for the
 * Salesforce telephony API.
 *
 * <p>Design note. {@link dev.connectsim.scv.TelephonyIntegrationFunction} is a
 * {@link dev.connectsim.lambda.LambdaFunction}: the flow invokes it through the Lambda runtime, it builds the request
 * the Node.js function would send (path, headers, body, a fresh token), and hands it to a
 * {@link dev.connectsim.scv.TelephonyApiTransport}. The transport makes a real HTTP call (to the harness's WireMock
 * Salesforce) and reports how long Salesforce took <em>in virtual time</em>: the stub's delay is stripped on the
 * server side and sent back in {@link dev.connectsim.scv.HttpTelephonyApi#LATENCY_HEADER}, so nothing sleeps. The
 * function then declares that it ran that long and returned the response data unchanged, or failed as the Node.js
 * function throws: any non-2xx answer or network failure is a function error with a generic message, and the HTTP
 * status is lost, as in production. {@link dev.connectsim.scv.TelephonyFunctionBinding} binds it, by default, to
 * every {@code ...InvokeTelephonyIntegrationApiFunction} ARN the flows name that nothing else is bound to.
 */
package dev.connectsim.scv;
