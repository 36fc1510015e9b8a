/**
 * Threads of connect-sim's own outside the simulation (which runs on the virtual clock, on its caller's thread): work
 * started in the background and waited for ({@link dev.connectsim.concurrent.Background}).
 */
package dev.connectsim.concurrent;
