#!/usr/bin/env python3
"""Runs a command and prints, on one line of stderr, its wall seconds and the user and system CPU seconds of it and
every process it waited for (getrusage of the children: the JVM, and the Node.js and Python workers it ended).

    cpu.py OUT_FILE -- COMMAND...

Writes "wall user sys exit" to OUT_FILE; the command's own output goes to OUT_FILE.log. Exit code: the command's."""
import resource
import subprocess
import sys
import time

out, command = sys.argv[1], sys.argv[3:]
with open(out + ".log", "w") as log:
    start = time.monotonic()
    exit_code = subprocess.call(command, stdout=log, stderr=subprocess.STDOUT)
    wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    f.write(f"{wall:.3f} {usage.ru_utime:.3f} {usage.ru_stime:.3f} {exit_code}\n")
sys.exit(exit_code)
