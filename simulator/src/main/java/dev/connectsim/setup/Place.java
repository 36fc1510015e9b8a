package dev.connectsim.setup;

import java.nio.file.Path;

/**
 * Where a YAML node was written: the file as named in messages, the folder its relative flow paths start from,
 * and a line and column from 1 (0 when not known).
 */
record Place(String source, Path folder, int line, int column) {
}
