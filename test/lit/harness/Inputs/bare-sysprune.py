#!/usr/bin/env python3
"""List the RUN lines of lit tests that run sysprune without %check_sysprune.

A test that runs %sysprune directly passes whatever warning or error the tool
prints on stderr, unless it checks all of it itself; %check_sysprune makes
every test fail on one it does not expect.  A RUN line that cannot use it
says why in a comment with `Not %check_sysprune:` just above it (in the lines
between it and the previous RUN line).

Usage: bare-sysprune.py DIRECTORY...  Prints FILE:LINE: RUN-LINE for each
such line and exits with 1 when there is one, 0 otherwise.
"""

import os
import re
import sys

SUFFIXES = (".c", ".cpp", ".S", ".test")
RUN = re.compile(r"\bRUN:(.*)$")
# The build's sysprune by substitution, or an installed one by path.
BINARY = re.compile(r"%sysprune\b|/bin/sysprune\b")
EXEMPT = "Not %check_sysprune:"


def runs_bare(command):
    """True when a RUN line's command runs sysprune other than through
    %check_sysprune (whose --sysprune PATH names the binary it runs)."""
    words = command.split()
    return any(BINARY.search(word) and
               (i == 0 or words[i - 1] != "--sysprune")
               for i, word in enumerate(words))


def bare_runs(path):
    """(line number, RUN line) of each bare sysprune run in a test file."""
    found = []
    exempt = False
    with open(path, errors="replace") as f:
        for number, line in enumerate(f, 1):
            if EXEMPT in line:
                exempt = True
            run = RUN.search(line)
            if not run:
                continue
            if runs_bare(run.group(1)) and not exempt:
                found.append((number, line.strip()))
            if not run.group(1).rstrip().endswith("\\"):
                exempt = False
    return found


def main(directories):
    status = 0
    for directory in directories:
        for root, dirs, files in os.walk(directory):
            # Inputs hold what tests read, not tests.
            dirs[:] = sorted(d for d in dirs if d not in ("Inputs", "Output"))
            for name in sorted(files):
                if not name.endswith(SUFFIXES):
                    continue
                path = os.path.join(root, name)
                for number, line in bare_runs(path):
                    print("%s:%d: %s" % (path, number, line))
                    status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
