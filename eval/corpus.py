#!/usr/bin/env python3
"""Runs the validation corpus (test/corpus/): small programs, each one idiom
of the C or C++ standard library, written the way real code uses it.

For each program and each build (g++ or gcc and clang++-19 or clang-19, at
-O0 and -O2): compile it with -g, record the compile command in a
compilation database, derive its policy with `sysprune scan -p DIR --binary
PROGRAM`, run it as built under `strace -f` (the syscalls it really makes),
then under its policy with `sysprune exec --action kill`, and compare.

A run fails when the program, which exits 0 as built, does not exit 0
under its policy (a kill), or made a syscall the filter does not let
through. Allowed and observed both count the whole process's life: the
filter `sysprune exec` installs (the policy with the loader and runtime
baselines) against everything strace saw from the first execve on.

Usage: eval/corpus.py [--fast] [--builds gcc-O2,clang-O0] [--programs GLOB]
                      [--jobs N] [--sysprune PATH] [--work DIR]
                      [--report] [--json FILE]
Exit status 1 when any run fails, 2 on bad usage."""

import argparse
import fnmatch
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import strace_log  # noqa: E402
from realworld import filter_syscalls  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "test" / "corpus"
FAST_LIST = CORPUS / "FAST"
REPORT = ROOT / "docs" / "EVALUATION.md"
BEGIN = "<!-- scripts/corpus: begin (generated, do not edit) -->"
END = "<!-- scripts/corpus: end -->"

BUILDS = {
    "gcc-O0": ("gcc", "g++", "-O0"),
    "gcc-O2": ("gcc", "g++", "-O2"),
    "clang-O0": ("clang-19", "clang++-19", "-O0"),
    "clang-O2": ("clang-19", "clang++-19", "-O2"),
}
# What a program the fast subset runs is built with: one of each compiler,
# one of each level.
FAST_BUILDS = ["gcc-O2", "clang-O0"]
# A process the filter kills dies of SIGSYS: `sysprune exec` executes the
# program in its own process, so its status is the signal's.
SIGSYS = 31
RUN_TIMEOUT = 60


def log(message):
    print("[corpus] " + message, file=sys.stderr, flush=True)


def programs(pattern, fast):
    found = sorted(p for p in CORPUS.glob("*/*")
                   if p.suffix in (".c", ".cpp"))
    if fast:
        names = {line.split("#")[0].strip()
                 for line in FAST_LIST.read_text().splitlines()}
        names.discard("")
        missing = names - {f"{p.parent.name}/{p.name}" for p in found}
        if missing:
            sys.exit(f"corpus: {FAST_LIST}: no such program: "
                     + ", ".join(sorted(missing)))
        found = [p for p in found if f"{p.parent.name}/{p.name}" in names]
    if pattern:
        found = [p for p in found
                 if fnmatch.fnmatch(f"{p.parent.name}/{p.name}", pattern)
                 or fnmatch.fnmatch(p.name, pattern)]
    return found


def selection(parser, args):
    """The builds and programs --builds, --fast and --programs select; a
    usage error when a build is unknown or no program matches."""
    builds = (args.builds.split(",") if args.builds
              else FAST_BUILDS if args.fast else list(BUILDS))
    unknown = [b for b in builds if b not in BUILDS]
    if unknown:
        parser.error("unknown build " + ", ".join(unknown) + "; the builds: "
                     + ", ".join(BUILDS))
    sources = programs(args.programs, args.fast)
    if not sources:
        parser.error("no program matches")
    return builds, sources


def compile_flags(suffix, level):
    """What a program of the corpus is compiled with, besides the compiler:
    its language's standard, debug information, the level, threads."""
    standard = "-std=c++20" if suffix == ".cpp" else "-std=gnu17"
    return [standard, "-g", level, "-pthread"]


def compile_command(source, build, objfile):
    cc, cxx, level = BUILDS[build]
    compiler = cxx if source.suffix == ".cpp" else cc
    return [compiler] + compile_flags(source.suffix, level) + [
        "-c", str(source), "-o", str(objfile)]


def link_command(source, build, objfile, binary):
    cc, cxx, level = BUILDS[build]
    driver = cxx if source.suffix == ".cpp" else cc
    return [driver, "-g", level, "-pthread", str(objfile), "-o", str(binary),
            "-lm"]


def run(command, cwd, **kwargs):
    return subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, **kwargs)


def evaluate(source, build, sysprune, work, libc="auto"):
    """One program, one build: a dict for the table."""
    name = f"{source.parent.name}/{source.name}"
    result = {"program": name, "build": build}
    where = work / build / source.parent.name / source.stem
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    objfile, binary = where / "prog.o", where / "prog"
    compile_args = compile_command(source, build, objfile)
    (where / "compile_commands.json").write_text(json.dumps([{
        "directory": str(where), "file": str(source),
        "arguments": compile_args}], indent=1))
    for step, command in (("compile", compile_args),
                          ("link", link_command(source, build, objfile,
                                                binary))):
        done = run(command, where)
        if done.returncode != 0:
            result.update(outcome="broken", why=f"{step} failed",
                          output=done.stderr[-2000:])
            return result

    policy = where / "policy.json"
    started = time.monotonic()
    scanned = run([sysprune, "scan", "-p", str(where), "--binary",
                   str(binary), "--no-cache", "--libc", libc, "-o",
                   str(policy)], where)
    result["scan_seconds"] = round(time.monotonic() - started, 2)
    result["scan_output"] = scanned.stderr
    if scanned.returncode != 0:
        result.update(outcome="scan failed", why="sysprune scan failed",
                      output=scanned.stderr[-2000:])
        return result
    result["warnings"] = scanned.stderr.count(": warning:")

    trace = where / "trace.txt"
    plain = run(["strace", "-f", "-qq", "-o", str(trace), str(binary)],
                where)
    if plain.returncode != 0:
        result.update(outcome="broken", why="fails without its policy "
                      f"(exit {plain.returncode})",
                      output=(plain.stdout + plain.stderr)[-2000:])
        return result
    with open(trace) as lines:
        summary = strace_log.summarise(lines, initial_program=str(binary))
    observed = set()
    for made in summary.syscalls.values():
        observed |= made
    allowed, _ = filter_syscalls(sysprune, policy)
    hardened = run([sysprune, "exec", "--policy", str(policy), "--action",
                    "kill", "--", str(binary)], where)
    result.update(allowed=len(allowed), observed=len(observed),
                  missing=sorted(observed - allowed),
                  unobserved=sorted(allowed - observed),
                  status=hardened.returncode)
    if hardened.returncode != 0:
        killed = hardened.returncode in (-SIGSYS, 128 + SIGSYS)
        result.update(outcome="KILLED" if killed else "failed",
                      why=(f"killed by SIGSYS under its policy"
                           if killed else f"exit {hardened.returncode} under "
                           "its policy") + (", having made " + ", ".join(
                               result["missing"]) + " outside it"
                           if result["missing"] else ""),
                      output=(hardened.stdout + hardened.stderr)[-2000:])
    elif result["missing"]:
        result.update(outcome="missing", why="made " + ", ".join(
            result["missing"]) + " outside its policy")
    else:
        result["outcome"] = "ok"
    return result


def ratio(r):
    return r["allowed"] / r["observed"] if r.get("observed") else None


def summary_line(results, programs_run, builds):
    bad = [r for r in results if r["outcome"] != "ok"]
    kills = [r for r in results if r["outcome"] in ("KILLED", "failed")]
    ratios = sorted(x for x in map(ratio, results) if x is not None)
    line = (f"corpus: {len(results)} runs ({programs_run} programs x "
            f"{len(builds)} builds): {len(kills)} killed, "
            f"{len(bad) - len(kills)} other failures")
    if ratios:
        worst = max(results, key=lambda r: ratio(r) or 0)
        line += (f"; allowed/observed median {statistics.median(ratios):.2f}"
                 f", worst {ratios[-1]:.2f} ({worst['program']} "
                 f"{worst['build']})")
    return line


def table(results, builds):
    """Markdown: one row a program, allowed/observed per build."""
    rows = {}
    for r in results:
        rows.setdefault(r["program"], {})[r["build"]] = r
    head = "| program | " + " | ".join(builds) + " |"
    lines = [head, "|---|" + "---|" * len(builds)]
    for program in sorted(rows):
        cells = []
        for build in builds:
            r = rows[program].get(build)
            if r is None:
                cells.append("")
            elif r["outcome"] == "ok":
                cells.append(f"{r['allowed']}/{r['observed']}")
            else:
                cells.append(f"**{r['outcome']}**")
        lines.append(f"| {program} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(results, builds, line, loosest=15):
    """For docs/EVALUATION.md: the summary line, what failed, and the runs
    whose policies are loosest against what they made."""
    failed = [r for r in results if r["outcome"] != "ok"]
    ranked = sorted((r for r in results if ratio(r) is not None),
                    key=lambda r: -ratio(r))[:loosest]
    lines = [line, ""]
    if failed:
        lines += ["Failed:", ""] + [
            f"- {r['program']} ({r['build']}): {r['outcome']}, {r['why']}"
            for r in failed] + [""]
    lines += [f"The {len(ranked)} loosest runs:", "",
              "| program | build | allowed | observed | ratio |",
              "|---|---|---|---|---|"]
    lines += [f"| {r['program']} | {r['build']} | {r['allowed']} | "
              f"{r['observed']} | {ratio(r):.2f} |" for r in ranked]
    lines += [""] + unobserved_table(results)
    return "\n".join(lines)


def unobserved_table(results, most=20):
    """Markdown lines: the syscalls policies allow most often that their
    runs did not make, each with the share of runs. These are the ratio's
    excess: paths the one run did not take (errors, aborts, a terminal,
    contention), not code the analysis could have left out."""
    counted = [r for r in results if "unobserved" in r]
    if not counted:
        return []
    tally = {}
    for r in counted:
        for name in r["unobserved"]:
            tally[name] = tally.get(name, 0) + 1
    ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[:most]
    lines = [f"The {len(ranked)} syscalls most often allowed but not made "
             f"(of {len(counted)} runs):", "",
             "| syscall | runs that allow it and did not make it |",
             "|---|---|"]
    lines += [f"| {name} | {count} ({100 * count / len(counted):.0f}%) |"
              for name, count in ranked]
    return lines


def write_report(text):
    report = REPORT.read_text()
    if BEGIN not in report or END not in report:
        sys.exit(f"corpus: {REPORT} has no '{BEGIN}' ... '{END}' block")
    before, rest = report.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    REPORT.write_text(before + BEGIN + "\n" + text + "\n" + END + after)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true",
                        help="the programs test/corpus/FAST lists, built "
                        + " and ".join(FAST_BUILDS))
    parser.add_argument("--builds", help="comma-separated, of "
                        + ", ".join(BUILDS))
    parser.add_argument("--programs", help="a glob on the program's name")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--sysprune",
                        default=str(ROOT / "build" / "tool" / "sysprune"))
    parser.add_argument("--work", help="keep each run's files here")
    parser.add_argument("--report", action="store_true",
                        help="write the summary, the failures, the loosest "
                        "runs and what policies most often allow that runs "
                        "did not make into docs/EVALUATION.md")
    parser.add_argument("--json", help="write every run's result here")
    parser.add_argument("--libc", default="auto",
                        help="the C library the policies are for (sysprune "
                        "scan --libc: auto, portable, debian-12)")
    args = parser.parse_args()

    builds, sources = selection(parser, args)
    work = Path(args.work) if args.work else Path(
        tempfile.mkdtemp(prefix="sysprune-corpus-"))
    sysprune = str(Path(args.sysprune).resolve())

    jobs = [(s, b) for s in sources for b in builds]
    log(f"{len(sources)} programs x {len(builds)} builds, "
        f"{args.jobs} at a time, in {work}")
    results = []
    def evaluate_or_report(job):
        try:
            return evaluate(job[0], job[1], sysprune, work, args.libc)
        except (OSError, subprocess.SubprocessError) as error:
            return {"program": f"{job[0].parent.name}/{job[0].name}",
                    "build": job[1], "outcome": "error", "why": str(error)}

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for r in pool.map(evaluate_or_report, jobs):
            results.append(r)
            if r["outcome"] != "ok":
                log(f"{r['program']} [{r['build']}]: {r['outcome']}: "
                    f"{r['why']}")
                if r.get("output"):
                    print(r["output"], file=sys.stderr)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)

    print(table(results, builds))
    line = summary_line(results, len(sources), builds)
    print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    if args.report:
        write_report(report(results, builds, line))
    return 0 if all(r["outcome"] == "ok" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
