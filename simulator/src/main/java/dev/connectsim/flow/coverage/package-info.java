/**
 * Flow coverage: which actions of a flow the runs went through, and which of its transitions (NextAction, each
 * error branch, each condition) they took, computed from the block visits the interpreter records
 * ({@link dev.connectsim.flow.run.BlockVisit}).
 */
package dev.connectsim.flow.coverage;
