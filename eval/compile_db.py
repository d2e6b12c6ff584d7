"""The compile commands of a compilation database as `clang -fsyntax-only`
runs, and timing them in parallel: the baseline sysprune's scan time is
compared with."""

import json
import shlex
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

CLANG = "/usr/lib/llvm-19/bin/clang"


def syntax_only_commands(build):
    """(directory, argv, file) for each entry of build/compile_commands.json,
    the compile turned into a parse with the flags sysprune parses with."""
    commands = []
    for entry in json.loads((build / "compile_commands.json").read_text()):
        args = entry.get("arguments") or shlex.split(entry["command"])
        out, skip = [CLANG], False
        for a in args[1:]:
            if skip:
                skip = False
                continue
            if a == "-o":
                skip = True
                continue
            if a == "-c":
                continue
            out.append(a)
        out += ["-fsyntax-only", "-Wno-unknown-warning-option",
                "-Qunused-arguments", "-w"]
        commands.append((entry["directory"], out, entry["file"]))
    return commands


def time_parallel(commands, jobs):
    """Seconds to run every command, `jobs` at a time; exits when one
    fails."""
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(
            lambda c: subprocess.run(c[1], cwd=c[0],
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL).returncode,
            commands))
    if any(results):
        sys.exit("clang -fsyntax-only failed on %d files" %
                 sum(1 for r in results if r))
    return time.perf_counter() - start


def time_command(cmd, **kw):
    """Seconds one command takes; exits with its output when it fails."""
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.exit("%s failed:\n%s" % (" ".join(map(str, cmd)),
                                     result.stderr[-4000:]))
    return time.perf_counter() - start
