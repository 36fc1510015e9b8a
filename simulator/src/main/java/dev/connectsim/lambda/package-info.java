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
 * ({@link dev.connectsim.lambda.LambdaReply}) instead of sleeping. A team's own handler (Java now, Node.js and
 * Python later) is loaded by {@code dev.connectsim.handler} into a {@link dev.connectsim.lambda.LambdaFunction}, so
 * this package manages no class loader and no process; each new execution environment asks its function for
 * {@link dev.connectsim.lambda.LambdaFunction#newEnvironment(ColdStart)}, told the run's seed and the
 * {@link dev.connectsim.lambda.ScenarioValues} its environment variables may name.
 */
package dev.connectsim.lambda;
