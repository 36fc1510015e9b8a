/**
 * A team's own Lambda code, run for real behind a bound function: the engine decides when an attempt runs and how
 * long it takes (virtual time); the code decides what it answers.
 *
 * <p>{@link dev.connectsim.handler.HandlerRuntimes#load} turns a {@link dev.connectsim.handler.HandlerBinding} (the
 * keys of a SAM or CloudFormation function: runtime, code, handler, environment, timeout, memory) into a
 * {@link dev.connectsim.lambda.LambdaFunction}, the one interface the Lambda runtime calls, or refuses it with a
 * {@link dev.connectsim.handler.BadHandlerBinding} naming the key that is wrong. Java handlers run in this JVM, each
 * function on a class loader of its own; Node.js and Python handlers run in worker processes behind the same
 * interface ({@link dev.connectsim.handler.worker}). Only this package sees the types of aws-lambda-java-core (an architecture test holds it), so the engine
 * manages no class loader and no process.
 */
package dev.connectsim.handler;
