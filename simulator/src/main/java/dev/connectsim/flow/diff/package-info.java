/**
 * Change impact: what changed between two versions of a flow, action by action and transition by transition,
 * with actions matched by position in the flow's graph when their Identifiers differ (an export from another
 * instance renames every block).
 */
package dev.connectsim.flow.diff;
