#!/usr/bin/env python3
"""Runs Debian's own programs under policies read from their machine code.

For each program: `sysprune scan --binary PROGRAM` (no sources, no
compilation database), then each of its invocations three ways, in a fresh
directory of sample files: as it is under `strace -f` (what it really
makes), and under its policy with `sysprune exec --action kill`. A run
passes when the program exits as it does without the filter and prints the
same, and made nothing outside its policy. Allowed and observed both count
the whole run from execve (the loader included).

The invocations use what each program does itself; those that run other
programs give their children as `--runs`, so their policy is merged in.

Usage: eval/executables.py [--sysprune PATH] [--programs a,b] [--json FILE]
                           [--report]
Exit status 1 when any run fails."""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import strace_log  # noqa: E402
from realworld import filter_syscalls  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "EVALUATION.md"
BEGIN = "<!-- eval/executables: begin (generated, do not edit) -->"
END = "<!-- eval/executables: end -->"
SIGSYS = 31
TIMEOUT = 120

# Program -> (what --runs names, [invocations]). Each invocation is the
# arguments after the program; "<input>" is fed on standard input when the
# invocation is a pair (arguments, input).
PROGRAMS = {
    "/bin/true": ([], [[], ["--help"], ["--version"]]),
    "/bin/sh": (["ls", "wc", "cat"], [
        ["-c", "echo hello; x=$(echo sub); echo $x; cd /; pwd"],
        ["-c", "for i in 1 2 3; do echo $i; done > out.txt; read l < out.txt;"
               " echo $l; umask 022; trap 'echo bye' EXIT"],
        (["-s"], "set -e\ncase abc in a*) echo match;; esac\n"
                 "f() { echo in-f; }; f | { read v; echo \"$v\"; }\n"),
        ["-c", "ls -l notes.txt | wc -l; cat notes.txt > /dev/null"],
    ]),
    "/usr/bin/env": (["/bin/true"], [
        [], ["-i", "A=1", "B=2"], ["-u", "HOME"], ["true"],
    ]),
    "/bin/ls": ([], [
        ["-la", "/usr"], ["-R", "."], ["--color=always", "-l", "/etc"],
        ["-lZ", "."], ["-s", "-h", "--time-style=full-iso", "-l"],
    ]),
    "/bin/cat": ([], [
        ["notes.txt"], ["-n", "-A", "notes.txt", "data.csv"],
        (["-"], "from stdin\n"),
    ]),
    "/bin/sed": ([], [
        ["-e", "s/a/b/g", "notes.txt"], ["-i", "s/alpha/omega/", "copy.txt"],
        ["-n", "-E", "/[0-9]+,/p", "data.csv"],
        ["-s", "-n", "$=", "notes.txt", "data.csv"],
    ]),
    "/bin/grep": ([], [
        ["-r", "alpha", "."], ["-c", "-i", "BETA", "notes.txt"],
        ["-P", "\\d+,\\d+", "data.csv"], ["-E", "-o", "[a-z]+a", "notes.txt"],
        ["-L", "-r", "--include=*.txt", "zzz", "."],
    ]),
    "/usr/bin/sort": ([], [
        ["notes.txt"], ["-t", ",", "-k", "2", "-n", "-r", "data.csv"],
        ["-u", "--parallel=2", "-S", "64K", "big.txt", "-o", "sorted.txt"],
        ["-R", "--random-source=big.txt", "notes.txt"], ["-c", "sorted-input.txt"],
    ]),
    "/bin/tar": ([], [
        ["-cf", "a.tar", "dir"], ["-tvf", "a.tar"],
        ["-xf", "a.tar", "-C", "out"],
        ["--owner=0", "--group=0", "-cf", "-", "notes.txt"],
    ]),
    "/bin/gzip": ([], [
        ["-k", "notes.txt"], ["-c", "-9", "big.txt"], ["-d", "-k", "-f",
                                                       "packed.gz"],
        ["-l", "packed.gz"], ["-t", "packed.gz"],
    ]),
    "/usr/bin/find": (["/bin/echo"], [
        [".", "-name", "*.txt"], [".", "-type", "f", "-newer", "notes.txt"],
        ["/etc", "-maxdepth", "1", "-user", "root", "-printf", "%p %m\n"],
        [".", "-name", "*.csv", "-exec", "echo", "found", "{}", ";"],
        [".", "-empty", "-delete"],
    ]),
    "/usr/bin/perl": ([], [
        ["-e", "print qq(hi\\n)"],
        ["-e", "open my $f, q(<), q(notes.txt) or die; print scalar <$f>;"],
        ["-e", "my %h = map { $_ => length } qw(a bb ccc); "
               "print join(q(,), sort keys %h), qq(\\n);"
               "opendir my $d, q(.); print scalar(grep !/^\\./, readdir $d)"],
        ["-MPOSIX", "-e", "print strftime(q(%Y), localtime), qq(\\n)"],
        ["-e", "local $/; open my $f, q(<), q(data.csv); my $t = <$f>; "
               "my @n = $t =~ /(\\d+)/g; print scalar(@n), qq(\\n)"],
    ]),
    "/usr/bin/python3": ([], [
        ["-c", "print('hello')"],
        ["-c", "import json, os; print(json.dumps(sorted(os.listdir('.'))))"],
        ["-c", "import threading; t = threading.Thread(target=print, "
               "args=('thread',)); t.start(); t.join()"],
        ["-c", "import hashlib, pathlib; print(hashlib.sha256("
               "pathlib.Path('notes.txt').read_bytes()).hexdigest())"],
        ["-c", "import tempfile, shutil; d = tempfile.mkdtemp(); "
               "shutil.copy('notes.txt', d); shutil.rmtree(d); print('ok')"],
        ["-c", "import collections, re, datetime; print(datetime.date(2024,"
               " 1, 2).isoformat(), re.findall(r'\\d+', 'a1b22'))"],
    ]),
}


def fixture(where):
    """The sample files every invocation starts from."""
    (where / "notes.txt").write_text(
        "alpha line\nbeta line\ngamma\nalphabet soup\n")
    (where / "copy.txt").write_text("alpha\nbeta\n")
    (where / "data.csv").write_text("a,3\nb,10\nc,7\n")
    (where / "sorted-input.txt").write_text("a\nb\nc\n")
    (where / "big.txt").write_text(
        "".join(f"line {(i * 7919) % 5000}\n" for i in range(20000)))
    (where / "dir" / "sub").mkdir(parents=True)
    (where / "dir" / "sub" / "f.txt").write_text("in a subdirectory\n")
    (where / "dir" / "empty").touch()
    (where / "out").mkdir()
    subprocess.run(["gzip", "-n", "-c", str(where / "notes.txt")],
                   stdout=open(where / "packed.gz", "wb"), check=True)
    # One time for every file, so that listings compare equal.
    for path in [where, *where.rglob("*")]:
        os.utime(path, (1700000000, 1700000000))


def run_once(command, where, stdin_text, extra=()):
    return subprocess.run([*extra, *command], cwd=where, input=stdin_text,
                          capture_output=True, text=True, timeout=TIMEOUT,
                          errors="replace")


def evaluate(program, runs, invocations, sysprune, work):
    name = Path(program).name
    result = {"program": program, "invocations": len(invocations),
              "runs": runs, "failures": []}
    policy = work / f"{name}.policy.json"
    scan = [sysprune, "scan", "--binary", program, "-o", str(policy)]
    for child in runs:
        scan += ["--runs", child]
    scanned = subprocess.run(scan, capture_output=True, text=True)
    result["scan_output"] = scanned.stderr
    if scanned.returncode != 0:
        result["failures"].append("scan failed: " + scanned.stderr[-800:])
        return result
    allowed, _ = filter_syscalls(sysprune, policy)
    observed = set()
    for number, invocation in enumerate(invocations):
        args, stdin_text = (invocation if isinstance(invocation, tuple)
                            else (invocation, None))
        label = " ".join([name, *args])
        outcomes = []
        for mode in ("plain", "traced", "kill"):
            where = work / f"{name}-{number}-{mode}"
            shutil.rmtree(where, ignore_errors=True)
            where.mkdir(parents=True)
            fixture(where)
            extra = ()
            if mode == "traced":
                extra = ("strace", "-f", "-qq", "-o", str(work / "trace.txt"))
            elif mode == "kill":
                extra = (sysprune, "exec", "--policy", str(policy),
                         "--action", "kill", "--")
            outcomes.append(run_once([program, *args], where, stdin_text,
                                     extra))
            if mode == "traced":
                with open(work / "trace.txt") as lines:
                    summary = strace_log.summarise(
                        lines, initial_program=program)
                made = set()
                for path, syscalls in summary.syscalls.items():
                    made |= syscalls
                observed |= made
                missing = sorted(made - allowed)
                if missing:
                    result["failures"].append(
                        f"{label}: made {', '.join(missing)} outside the "
                        "policy")
        plain, _, hardened = outcomes
        if hardened.returncode in (-SIGSYS, 128 + SIGSYS):
            result["failures"].append(f"{label}: KILLED " +
                                      hardened.stderr[-300:])
        elif (hardened.returncode, hardened.stdout) != (plain.returncode,
                                                        plain.stdout):
            result["failures"].append(
                f"{label}: exit {hardened.returncode} under the policy, "
                f"{plain.returncode} without; output "
                f"{'differs' if hardened.stdout != plain.stdout else 'same'}"
                f": {hardened.stderr[-300:]}")
    result.update(allowed=len(allowed), observed=len(observed))
    return result


def table(results):
    lines = ["| program | invocations | children merged | allowed | "
             "observed | ratio | result |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        ratio = (f"{r['allowed'] / r['observed']:.2f}"
                 if r.get("observed") else "-")
        lines.append(
            f"| `{r['program']}` | {r['invocations']} | "
            f"{', '.join(r['runs']) or '-'} | {r.get('allowed', '-')} | "
            f"{r.get('observed', '-')} | {ratio} | "
            f"{'ok' if not r['failures'] else 'FAILED'} |")
    return "\n".join(lines)


def summary(results):
    failed = [r for r in results if r["failures"]]
    ratios = [r["allowed"] / r["observed"] for r in results
              if r.get("observed")]
    line = (f"executables: {len(results)} programs, "
            f"{sum(r['invocations'] for r in results)} invocations, "
            f"{len(failed)} failed")
    if ratios:
        line += (f"; allowed/observed median {statistics.median(ratios):.2f}"
                 f", worst {max(ratios):.2f}")
    return line


def write_report(text):
    old = REPORT.read_text()
    if BEGIN not in old or END not in old:
        sys.exit(f"{REPORT} has no {BEGIN} ... {END} block to replace")
    head, rest = old.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    REPORT.write_text(head + BEGIN + "\n" + text + "\n" + END + tail)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sysprune",
                        default=str(ROOT / "build" / "tool" / "sysprune"))
    parser.add_argument("--programs",
                        help="comma-separated program paths or names")
    parser.add_argument("--json")
    parser.add_argument("--report", action="store_true",
                        help="write the table into docs/EVALUATION.md")
    args = parser.parse_args()
    chosen = PROGRAMS
    if args.programs:
        wanted = args.programs.split(",")
        chosen = {p: v for p, v in PROGRAMS.items()
                  if p in wanted or Path(p).name in wanted}
        if not chosen:
            sys.exit(f"no program matches {args.programs}; choose from "
                     + ", ".join(PROGRAMS))
    # The runs start in directories of their own.
    sysprune = str(Path(args.sysprune).resolve())
    results = []
    with tempfile.TemporaryDirectory(prefix="sysprune-executables-") as tmp:
        for program, (runs, invocations) in chosen.items():
            r = evaluate(program, runs, invocations, sysprune,
                         Path(tmp))
            print(f"[executables] {program}: "
                  f"{r.get('allowed', '-')} allowed, "
                  f"{r.get('observed', '-')} observed, "
                  f"{len(r['failures'])} failures", flush=True)
            for failure in r["failures"]:
                print("  " + failure, flush=True)
            results.append(r)
    print(table(results))
    line = summary(results)
    print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    if args.report:
        write_report(table(results) + "\n\n" + line)
    return 1 if any(r["failures"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
