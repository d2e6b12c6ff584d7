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
_EXECVE_START = re.compile(r'^(\d+)\s+execve\("([^"]*)"')
_RETURNS_ZERO = re.compile(r"\)\s+= 0$")
_CLONE = re.compile(
    r"^(\d+)\s+(?:<\.\.\. )?(?:clone3?|fork|vfork)\b.*= (\d+)(?: <.*>)?$")


class TraceSummary:
    """Per program path: the syscall names its processes made, and which
    program executed it (None for programs started from outside)."""

    def __init__(self):
        self.syscalls = defaultdict(set)
        self.executed_by = {}


def summarise(lines, initial_program=None):
    """TraceSummary of `strace -f` lines (no -tt, no -y needed). A call cut
    by another process's line (`<unfinished ...>`, then `<... name
    resumed>`) counts once; an execve counts when it returned 0, on either
    line. A new process's lines can come before its parent's fork returns:
    the parent is found first, from every fork's result."""
    lines = [line.rstrip("\n") for line in lines]
    parent_of = {}
    for line in lines:
        clone = _CLONE.match(line)
        if clone:
            parent_of.setdefault(clone.group(2), clone.group(1))

    summary = TraceSummary()
    program_of = {}
    pending_exec = {}

    def program(pid):
        if pid not in program_of:
            parent = parent_of.get(pid)
            program_of[pid] = (program(parent) if parent is not None
                               else initial_program)
        return program_of[pid]

    for line in lines:
        match = _LINE.match(line)
        if not match:
            continue
        pid, resumed, name = match.group(1), match.group(2), match.group(3)
        current = program(pid)
        call = name or resumed
        if call == "execve":
            start = _EXECVE_START.match(line)
            if start:
                pending_exec[pid] = start.group(2)
            if _RETURNS_ZERO.search(line) and pid in pending_exec:
                path = pending_exec.pop(pid)
                if current is not None:
                    summary.syscalls[current].add("execve")
                if current != path:
                    summary.executed_by.setdefault(path, current)
                program_of[pid] = path
                current = path
                # Under `sysprune exec` the program's own filter is on at
                # its execve: it counts for both.
                summary.syscalls[path].add("execve")
        if name is None or current is None:
            continue
        summary.syscalls[current].add(name)
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
