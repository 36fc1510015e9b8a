/**
 * The Lambda runtime: Java handlers bound by ARN, invoked by the flow's InvokeLambdaFunction block
 * the way Amazon Connect invokes AWS Lambda, with every latency in virtual time.
 *
 * <p>The flow interpreter builds a {@link dev.connectsim.lambda.LambdaInvocation} (ARN,
 * {@link dev.connectsim.lambda.ContactFlowEvent}, InvocationTimeLimitSeconds, invocation type,
 * response validation) and calls {@link dev.connectsim.lambda.LambdaRuntime#invoke}; later, in
 * virtual time, it is told a {@link dev.connectsim.lambda.LambdaOutcome}: {@code Success} with the
 * map that becomes {@code $.External}, or {@code Error} with the reason (the block's
 * NoMatchingError branch). Tests and the simulated instance bind handlers in a
 * {@link dev.connectsim.lambda.LambdaRegistry}; a handler declares how long it runs
 * ({@link dev.connectsim.lambda.LambdaReply}) instead of sleeping.
 */
package dev.connectsim.lambda;
