"""Reading an `strace -f` log: which process ran which program, and the
syscalls each program's processes made.

A process belongs to the program it last executed (a successful execve),
and a process a program forks without executing anything belongs to that
program too, since it runs that program's code under that program's filter.
Processes that a program's process executes into another program are its
children, counted under that other program."""

import re
from collections import defaultdict

_LINE = re.compile(r"^(\d+)\s+(?:<\.\.\. ([a-z0-9_]+) resumed>|([a-z0-9_]+)\()")
_EXECVE = re.compile(r'^(\d+)\s+execve\("([^"]*)".*= 0$')
_CLONE = re.compile(
    r"^(\d+)\s+(?:<\.\.\. )?(?:clone3?|fork|vfork)\b.*= (\d+)(?: <.*>)?$")


class TraceSummary:
    """Per program path: the syscall names its processes made, and which
    program executed it (None for programs started from outside)."""

    def __init__(self):
        self.syscalls = defaultdict(set)
        self.executed_by = {}


def summarise(lines, initial_program=None):
    """TraceSummary of an iterable of `strace -f` lines (no -tt, no -y
    needed). Unfinished calls count once, at their start."""
    summary = TraceSummary()
    program_of = {}
    for line in lines:
        line = line.rstrip("\n")
        match = _LINE.match(line)
        if not match:
            continue
        pid = match.group(1)
        name = match.group(3)
        program = program_of.get(pid, initial_program)
        exec_match = _EXECVE.match(line)
        if exec_match:
            path = exec_match.group(2)
            if program is not None:
                summary.syscalls[program].add("execve")
            if program != path:
                summary.executed_by.setdefault(path, program)
            program_of[pid] = path
            program = path
        clone_match = _CLONE.match(line)
        if clone_match:
            program_of[clone_match.group(2)] = program
        if name is None or program is None:
            continue
        summary.syscalls[program].add(name)
    return summary


def main(argv):
    """Prints each program's syscalls, and who executed it, from a log."""
    with open(argv[1], errors="replace") as lines:
        summary = summarise(lines)
    for program in sorted(summary.syscalls):
        print("%s (executed by %s): %s" % (
            program, summary.executed_by.get(program),
            " ".join(sorted(summary.syscalls[program]))))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
