#!/usr/bin/env python3
"""Run sysprune for a lit test; fail on a diagnostic the test does not expect.

A lit test that discards sysprune's stderr, or checks it without forbidding
what it does not name, passes whatever warning or error the tool prints
alongside what the test looks at.  clang-tidy's check_clang_tidy.py closes
that hole for clang-tidy; this does the same for sysprune, and lit.cfg.py
exposes it as %check_sysprune:

  %check_sysprune [--check-prefix P[,Q...]] [--expect-exit N|SIGNAME]
                  [--check-file FILE] [--sysprune PATH] [FileCheck options]
                  -- SYSPRUNE-ARGUMENTS...

sysprune runs with the given arguments; its stdin and stdout are left alone
(so `| FileCheck %s` and `-o FILE` work as with %sysprune).  Its stderr is
captured and checked with FileCheck, always with
--implicit-check-not=warning: and --implicit-check-not=error:, so every
warning and error must be matched, whole, by a check line:

- with --check-prefix, against the lines with that prefix (FileCheck's
  --check-prefixes: a comma-separated list) in the check file;
- without it, against nothing: stderr must hold no warning and no error
  (notes and summaries are fine).

The check file is the test itself (%s, which the substitution passes as
--check-file); options before `--` that are not the wrapper's own go to
FileCheck as they are (--implicit-check-not=note:, --match-full-lines, -D...).
sysprune's exit status must be --expect-exit: a number (default 0), or the
name of the signal expected to end it (SIGSYS where a filter kills it), which
is stricter than `not`.  --sysprune runs another binary (an installed one)
in place of the build's.

When everything matches, the captured stderr is written to stderr unchanged
and the exit status is 0.  Otherwise a message says what differed, the
captured stderr follows it, and the exit status is FileCheck's when the
check failed, 1 when only the exit status was wrong, 2 on a usage error.
"""

import argparse
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile

PROGRAM = "check_sysprune"

# What a sysprune diagnostic (and clang's, for the sources it parses) looks
# like: `file:line:col: warning: ...` or `sysprune: error: ...`.  Summaries
# such as "2 warnings" have no colon and pass.
FORBIDDEN = ("warning:", "error:")

# The check file used when the test names no prefix: one directive that can
# never fail, so FileCheck has a check string and applies only the implicit
# ones to the whole of stderr.
NOTHING_EXPECTED = ("NOTHING-EXPECTED-NOT: "
                    "check_sysprune placeholder that never matches\n")


def parse_exit(value):
    """The status --expect-exit names, as subprocess gives it (-N: signal)."""
    if value.isdigit():
        return int(value)
    name = value.upper()
    if not name.startswith("SIG"):
        name = "SIG" + name
    try:
        return -signal.Signals[name].value
    except KeyError:
        raise argparse.ArgumentTypeError(
            "expected an exit status or a signal name, not '%s'" % value)


def describe_exit(status):
    """How a status from subprocess reads in a message."""
    if status < 0:
        try:
            return "signal " + signal.Signals(-status).name
        except ValueError:
            return "signal %d" % -status
    return "exit status %d" % status


def parse_arguments(argv):
    """Split argv into the wrapper's options, FileCheck's and sysprune's."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM, allow_abbrev=False,
        usage="%(prog)s [options] [FileCheck options] -- "
              "SYSPRUNE-ARGUMENTS...",
        description="Run sysprune and check its stderr with FileCheck.")
    parser.add_argument("--sysprune", required=True,
                        help="the sysprune binary to run")
    parser.add_argument("--check-file", required=True,
                        help="the file with the check lines (the test)")
    parser.add_argument("--check-prefix", "--check-prefixes", dest="prefixes",
                        action="append", default=[],
                        help="check stderr against the lines with this "
                             "prefix (comma-separated for several)")
    parser.add_argument("--expect-exit", type=parse_exit, default=0,
                        help="sysprune's expected exit status, or the signal "
                             "name expected to end it (default 0)")
    # sysprune's own arguments may hold a `--` (exec's); the first is ours.
    if "--" not in argv:
        parser.error("expected `-- SYSPRUNE-ARGUMENTS...` after the options")
    split = argv.index("--")
    options, filecheck_options = parser.parse_known_args(argv[:split])
    options.filecheck_options = filecheck_options
    options.prefixes = ",".join(options.prefixes)
    options.command = [options.sysprune] + argv[split + 1:]
    return options


def report(message, command, stderr):
    """Say what differed and show sysprune's stderr, for lit's failure log."""
    out = sys.stderr
    out.write("%s: %s\n" % (PROGRAM, message))
    out.write("%s: command: %s\n" % (PROGRAM, shlex.join(command)))
    out.write("%s: sysprune's stderr:\n" % PROGRAM)
    out.flush()
    out.buffer.write(stderr)
    if stderr and not stderr.endswith(b"\n"):
        out.buffer.write(b"\n")
    out.write("%s: end of sysprune's stderr\n" % PROGRAM)
    out.flush()


def run_filecheck(options, stderr):
    """FileCheck's exit status for the captured stderr."""
    filecheck = shutil.which("FileCheck")
    if filecheck is None:
        sys.stderr.write("%s: FileCheck is not on PATH (lit.cfg.py puts "
                         "LLVM's tools there)\n" % PROGRAM)
        sys.exit(2)
    arguments = ["--allow-empty"]
    arguments += ["--implicit-check-not=" + text for text in FORBIDDEN]
    arguments += options.filecheck_options
    with tempfile.TemporaryDirectory(prefix=PROGRAM + "-") as scratch:
        if options.prefixes:
            check_file = options.check_file
            arguments.append("--check-prefixes=" + options.prefixes)
        else:
            check_file = os.path.join(scratch, "nothing-expected")
            with open(check_file, "w") as f:
                f.write(NOTHING_EXPECTED)
            arguments.append("--check-prefix=NOTHING-EXPECTED")
        # FileCheck's own output goes to stderr: stdout may be piped into
        # another FileCheck that checks sysprune's.
        sys.stderr.flush()
        return subprocess.run([filecheck, check_file] + arguments,
                              input=stderr, stdout=sys.stderr.fileno()
                              ).returncode


def main(argv):
    options = parse_arguments(argv)
    try:
        # stdin and stdout are inherited: the test reads sysprune's stdout.
        run = subprocess.run(options.command, stderr=subprocess.PIPE)
    except OSError as e:
        sys.stderr.write("%s: cannot run %s: %s\n"
                         % (PROGRAM, options.sysprune, e.strerror))
        return 2

    failures = []
    status = 0
    if run.returncode != options.expect_exit:
        failures.append("sysprune ended with %s, not with %s (--expect-exit)"
                        % (describe_exit(run.returncode),
                           describe_exit(options.expect_exit)))
        status = 1
    filecheck_status = run_filecheck(options, run.stderr)
    if filecheck_status != 0:
        if options.prefixes:
            failures.append(
                "sysprune's stderr does not match the %s lines of %s, or has "
                "a warning or an error that none of them matches"
                % (options.prefixes, options.check_file))
        else:
            failures.append(
                "sysprune printed a warning or an error (or other text the "
                "test forbids) that the test does not expect; a test that "
                "expects it checks it with --check-prefix")
        status = filecheck_status

    if failures:
        report("; ".join(failures), options.command, run.stderr)
        return status
    sys.stderr.flush()
    sys.stderr.buffer.write(run.stderr)
    sys.stderr.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
