#!/usr/bin/env python3
"""Records compile commands for a build that cannot write a compilation
database itself (Autotools), as a compiler wrapper:

  ./configure CC="python3 eval/compile_recorder.py LOG gcc" && make
  python3 eval/compile_recorder.py --write LOG compile_commands.json

Each call appends its directory and arguments to LOG (one JSON object per
line, under a lock, since make runs compiles in parallel) and then runs the
compiler. --write keeps the commands that compiled a source file still
there (not configure's conftest.c), the last one per file. This does what
`bear -- make` does without bear's gRPC collector, which needs 'localhost'
to resolve: a new chroot has no /etc/hosts."""

import fcntl
import json
import os
import sys

SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".C")


def record(log, argv):
    line = json.dumps({"directory": os.getcwd(), "arguments": argv}) + "\n"
    with open(log, "a") as out:
        fcntl.flock(out, fcntl.LOCK_EX)
        out.write(line)
    os.execvp(argv[0], argv)


def write(log, database):
    entries = {}
    with open(log) as lines:
        for line in lines:
            entry = json.loads(line)
            arguments = entry["arguments"]
            if "-c" not in arguments:
                continue
            for argument in arguments[1:]:
                if argument.startswith("-") or \
                        not argument.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.normpath(
                    os.path.join(entry["directory"], argument))
                if os.path.isfile(path):
                    entries[path] = {"directory": entry["directory"],
                                     "arguments": arguments, "file": path}
    partial = database + ".partial"
    with open(partial, "w") as out:
        json.dump(list(entries.values()), out, indent=1)
    os.replace(partial, database)


def main(argv):
    if len(argv) == 4 and argv[1] == "--write":
        write(argv[2], argv[3])
        return 0
    if len(argv) < 3:
        sys.exit("usage: compile_recorder.py LOG COMPILER [ARGS...] | "
                 "--write LOG compile_commands.json")
    record(argv[1], argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
