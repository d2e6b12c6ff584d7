#!/usr/bin/env python3
"""Hardens real programs from Debian 12's sources and runs their own test
suites under the policies sysprune derives for them.

For each program (eval/programs.py): fetch its source package, install what
its build needs, build it with a compilation database, time `sysprune scan`
of every translation unit against `clang -fsyntax-only` of the same, derive
the policy of each binary its tests start (`sysprune scan --binary`), then
run the test suite three times — as built, under `strace -f` (to record the
syscalls really made), and with each of those binaries replaced by a
wrapper that runs it under its policy with `sysprune exec --action kill` —
and compare. Writes the table in docs/EVALUATION.md when every program ran.

Usage: eval/realworld.py [--programs a,b] [--no-report] [--jobs N]
                         [--rounds N] [--build-dir build] [--action kill]
Exit status 1 when a suite passes fewer tests under its policy than without
it, or a syscall a program really made is not in its policy."""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compile_db  # noqa: E402
import debian_source  # noqa: E402
import programs  # noqa: E402
import strace_log  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "EVALUATION.md"
BEGIN = "<!-- scripts/realworld: begin (generated, do not edit) -->"
END = "<!-- scripts/realworld: end -->"
UNISTD = Path("/usr/include/x86_64-linux-gnu/asm/unistd_64.h")
HARDENED_SUFFIX = ".unhardened"
WRAPPER = Path(__file__).resolve().parent / "hardened_wrapper.c"


def log(message):
    print("[realworld] " + message, file=sys.stderr, flush=True)


def x86_64_syscalls():
    return set(re.findall(r"#define __NR_(\w+)\s+\d+", UNISTD.read_text()))


def docker_default_count(work):
    """Syscalls Docker's default profile (docker.io 20.10, Debian 12) lets a
    container without added capabilities make on x86_64."""
    profile = debian_source.source_file(
        "docker.io", work / "docker", "profiles/seccomp/default.json")
    table = x86_64_syscalls()
    names = set()
    for entry in json.loads(profile.read_text())["syscalls"]:
        includes = entry.get("includes", {})
        if entry["action"] != "SCMP_ACT_ALLOW" or includes.get("caps"):
            continue
        if includes.get("arches") and "amd64" not in includes["arches"]:
            continue
        names.update(n for n in entry["names"] if n in table)
    return len(names)


def filter_syscalls(sysprune, policy):
    """The syscalls the filter `sysprune exec` installs lets through at all
    (the policy with the loader and runtime baselines), and those of them
    it allows only with some arguments."""
    oci = json.loads(subprocess.run(
        [sysprune, "export", "--format", "oci", str(policy)], check=True,
        capture_output=True, text=True).stdout)
    allowed, unconditional = set(), set()
    for entry in oci["syscalls"]:
        if entry["action"] != "SCMP_ACT_ALLOW":
            continue
        allowed.update(entry["names"])
        if not entry.get("args"):
            unconditional.update(entry["names"])
    return allowed, allowed - unconditional


def as_tester(recipe, src, command):
    """The command as the suite must run: as nobody, in a source tree
    nobody owns, for suites that refuse to run as root (libuv's)."""
    if not recipe.get("unprivileged"):
        return command
    subprocess.run(["chown", "-R", "nobody:nogroup", str(src.resolve())],
                   check=True)
    return ["setpriv", "--reuid=nobody", "--regid=nogroup",
            "--clear-groups", "--"] + command


def run_tests(recipe, src, prefix=(), command=None):
    """The suite's (passed, failed, skipped) and its output. Suites that
    refuse to run as root (libuv's) run as nobody, in a source tree nobody
    owns."""
    result = subprocess.run(list(prefix) + as_tester(
                                recipe, src, command or recipe["test"]),
                            cwd=src,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, errors="replace")
    passed, failed, skipped = recipe["result"](result.stdout)
    if passed + len(failed) + skipped == 0:
        failed = ["the suite did not run (status %d)" % result.returncode]
    return {"passed": passed, "failed": sorted(failed), "skipped": skipped,
            "status": result.returncode}, result.stdout


def rerun_lone_failures(recipe, src, run, output, other, work, label,
                        tries=2):
    """Runs each test that failed in `run` (whose output is `output`) but
    not in `other` again, the way `run` ran it (the recipe's "rerun"
    command: the test alone, or its failed cases; read with its
    "rerun_result", else its "result"). One that then passes failed by
    chance, not for a syscall the policy lacks (that kills the same path
    every time): it is counted as passed in `run` and returned in the list
    of flaky tests. The last attempt's output is kept in
    work/rerun-LABEL-NAME.txt."""
    flaky = []
    if "rerun" not in recipe:
        return flaky
    read = recipe.get("rerun_result", recipe["result"])
    for test in sorted(set(run["failed"]) - set(other["failed"])):
        for attempt in range(tries):
            log("re-running %s %s" % (test, label))
            again = subprocess.run(as_tester(recipe, src,
                                             recipe["rerun"](test, output)),
                                   cwd=src,
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True,
                                   errors="replace")
            (work / ("rerun-%s-%s.txt" % (label.replace(" ", "-"),
                                           test.replace("/", "_")))
             ).write_text(again.stdout)
            passed, failed, _ = read(again.stdout)
            if passed and not failed:
                run["failed"].remove(test)
                run["passed"] += 1
                flaky.append(test)
                break
    return flaky


def restore(binaries):
    for binary in binaries:
        original = binary.with_name(binary.name + HARDENED_SUFFIX)
        if original.exists():
            os.replace(original, binary)


def harden(binaries, policies, sysprune, action):
    """Each binary becomes eval/hardened_wrapper.c, compiled with its paths:
    it runs the original under its policy, under the name it was called by;
    the original keeps its bytes, so both runs test the same code. A
    wrapper started under a filter already (a hardened program running
    itself again: a recursive make) runs the original directly, under the
    filter it inherited: that program's policy."""
    def literal(text):
        return '"%s"' % str(text).replace("\\", "\\\\").replace('"', '\\"')
    for binary in binaries:
        original = binary.with_name(binary.name + HARDENED_SUFFIX)
        os.replace(binary, original)
        subprocess.run(
            ["cc", "-O2", "-o", str(binary), str(WRAPPER),
             "-DSYSPRUNE=" + literal(sysprune),
             "-DPOLICY=" + literal(policies[binary]),
             "-DACTION=" + literal(action),
             "-DORIGINAL=" + literal(original)], check=True)


def build_dir(recipe, src):
    """Where the build writes compile_commands.json."""
    return src / recipe.get("build_dir", "build")


def build(recipe, src):
    """Configures once (until compile_commands.json exists), then builds;
    '{src}' in a command stands for the source tree's path."""
    def expand(command):
        return [a.replace("{src}", str(src.resolve())) for a in command]
    if not (build_dir(recipe, src) / "compile_commands.json").exists():
        for command in recipe["configure"]:
            debian_source.run(expand(command), cwd=src,
                              stdout=subprocess.DEVNULL)
    for command in recipe["build"]:
        debian_source.run(expand(command), cwd=src, stdout=subprocess.DEVNULL)


def scan_timing(sysprune, build_dir, jobs, rounds):
    """TUs, best syntax-only time and best full-scan time, interleaved."""
    commands = compile_db.syntax_only_commands(build_dir)
    parse, scan = [], []
    for _ in range(rounds):
        parse.append(compile_db.time_parallel(commands, jobs))
        scan.append(compile_db.time_command(
            [sysprune, "scan", "-p", str(build_dir), "--library",
             "--no-cache", "-j", str(jobs), "-o", os.devnull]))
    return len({c[2] for c in commands}), min(parse), min(scan)


def evaluate(recipe, args, sysprune):
    name = recipe["name"]
    work = args.work / name
    log("%s: source package %s" % (name, recipe["package"]))
    src = debian_source.ensure_source(recipe["package"], work)
    debian_source.install_packages(recipe["build_deps"])
    binaries = [src / b for b in recipe["binaries"]]
    restore(binaries)
    log("%s: building" % name)
    build(recipe, src)

    log("%s: timing the scan against clang -fsyntax-only" % name)
    tus, parse_time, scan_time = scan_timing(
        sysprune, build_dir(recipe, src), args.jobs, args.rounds)

    policies, allowed, restricted, warnings = {}, set(), set(), 0
    merged = set()
    per_binary = {}
    for binary in binaries:
        policy = work / (binary.name + ".policy.json")
        log("%s: policy of %s" % (name, binary.name))
        # The programs its tests have it run that its source does not name
        # (a command line from the test): they run under its filter.
        runs = [a for child in recipe.get("runs", []) for a in ("--runs", child)]
        scan = subprocess.run(
            [sysprune, "scan", "-p", str(build_dir(recipe, src)), "--binary",
             str(binary), "--cache-dir", str(work / "cache"), "-j",
             str(args.jobs), "-o", str(policy)] + runs, capture_output=True,
            text=True)
        if scan.returncode != 0:
            sys.exit("%s: sysprune scan failed:\n%s" % (name, scan.stderr))
        (work / (binary.name + ".scan.txt")).write_text(scan.stderr)
        summary = scan.stderr.strip().splitlines()[-1]
        match = re.search(r"(\d+) warnings?", summary)
        warnings += int(match.group(1)) if match else 0
        policies[binary] = policy
        # The programs merged in, by name: the policy's inputs after the
        # program's own.
        inputs = json.loads(policy.read_text()).get("sysprune", {}).get(
            "inputs", [])
        merged.update(os.path.basename(i.split(" (")[0]) for i in inputs[1:])
        binary_allowed, binary_restricted = filter_syscalls(sysprune, policy)
        per_binary[binary.name] = {"allowed": binary_allowed}
        allowed |= binary_allowed
        restricted |= binary_restricted

    log("%s: test suite as built" % name)
    plain, plain_output = run_tests(recipe, src)
    (work / "tests-plain.txt").write_text(plain_output)

    log("%s: test suite under strace -f" % name)
    trace = work / "strace.log"
    # A suite whose tests stop processes (SIGTSTP) hangs under ptrace: its
    # recipe names the tests strace can watch ("traced_test").
    traced, traced_output = run_tests(
        recipe, src, prefix=["strace", "-f", "-qq", "-o", str(trace)],
        command=recipe.get("traced_test"))
    (work / "tests-strace.txt").write_text(traced_output)
    with trace.open(errors="replace") as lines:
        seen = strace_log.summarise(lines)
    names = {b.name: b for b in binaries}
    observed, children = set(), {}
    for path, syscalls in seen.syscalls.items():
        base = os.path.basename(path)
        if base in names:
            per_binary[base].setdefault("observed", set()).update(syscalls)
            observed |= syscalls
        elif os.path.basename(seen.executed_by.get(path) or "") in names:
            # It runs under the filter it inherits: what it makes counts.
            children[path] = len(syscalls)
            observed |= syscalls

    log("%s: test suite under its policies (%s)" % (name, args.action))
    try:
        harden(binaries, policies, sysprune, args.action)
        hardened, hardened_output = run_tests(recipe, src)
        flaky = rerun_lone_failures(recipe, src, hardened, hardened_output,
                                    plain, work, "under its policy")
    finally:
        restore(binaries)
    (work / "tests-hardened.txt").write_text(hardened_output)
    # A test that failed without the policy and passed under it is run
    # again without it: the comparison is of tests, not of lucky runs.
    flaky_plain = rerun_lone_failures(recipe, src, plain, plain_output,
                                      hardened, work, "without the policy")

    missing = observed - allowed
    result = {
        "name": name, "package": recipe["package"],
        "version": next(work.glob("*.dsc")).stem.split("_", 1)[1],
        "language": recipe["language"], "uses": recipe["uses"],
        "tus": tus, "parse_time": parse_time, "scan_time": scan_time,
        "allowed": sorted(allowed), "observed": sorted(observed),
        "missing": sorted(missing),
        "unobserved": sorted(allowed - observed),
        "restricted": sorted(restricted), "warnings": warnings,
        "binaries": [b.name for b in binaries],
        "per_binary": {k: {"allowed": len(v["allowed"]),
                           "observed": len(v.get("observed", ()))}
                       for k, v in per_binary.items()},
        "children": children, "merged": sorted(merged),
        "plain": plain, "traced": traced, "hardened": hardened,
        "flaky": {"plain": flaky_plain, "hardened": flaky},
    }
    (work / "result.json").write_text(json.dumps(result, indent=1))
    return result


def ok(result):
    """No syscall made that the policy lacks, and the same tests pass and
    fail under the policy as without it."""
    return (not result["missing"] and
            result["hardened"]["passed"] == result["plain"]["passed"] and
            result["hardened"]["failed"] == result["plain"]["failed"])


def tests_cell(counts):
    cell = "%d passed, %d failed" % (counts["passed"], len(counts["failed"]))
    if counts["skipped"]:
        cell += ", %d skipped" % counts["skipped"]
    return cell


def table(results, docker):
    lines = [
        "| program | TUs | scan / syntax-only | allowed | observed | "
        "observed, not allowed | allowed, not observed | allowed / observed "
        "| Docker default | argument-restricted | programs it runs, merged | "
        "tests under policy | tests without |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(
            "| %s %s (%s) | %d | %.1f s / %.1f s = %.2f | %d | %d | %d | %d | "
            "%.2f | %d | %d | %s | %s | %s |" % (
                r["package"], r["version"], r["language"], r["tus"],
                r["scan_time"], r["parse_time"],
                r["scan_time"] / r["parse_time"], len(r["allowed"]),
                len(r["observed"]), len(r["missing"]),
                len(r["unobserved"]),
                len(r["allowed"]) / max(1, len(r["observed"])), docker,
                len(r["restricted"]),
                ", ".join(r.get("merged", [])) or "-", tests_cell(r["hardened"]),
                tests_cell(r["plain"])))
    return lines


def details(results):
    lines = []
    for r in results:
        lines.append("**%s** (%s; tests start %s):" % (
            r["package"], r["uses"],
            ", ".join("`%s`" % b for b in r["binaries"])))
        lines.append("")
        if r["missing"]:
            lines.append("- observed but not allowed: %s" %
                         ", ".join(r["missing"]))
        lines.append("- allowed, never observed: %s" %
                     (", ".join(r["unobserved"]) or "none"))
        lines.append("- argument-restricted: %s" %
                     (", ".join(r["restricted"]) or "none"))
        if len(r["per_binary"]) > 1:
            lines.append("- per binary (allowed / observed): %s" % ", ".join(
                "%s %d / %d" % (k, v["allowed"], v["observed"])
                for k, v in sorted(r["per_binary"].items())))
        if r["children"]:
            lines.append("- programs its processes executed (syscalls "
                         "each made, counted in observed: they run under "
                         "its filter): %s" % ", ".join(
                             "`%s` %d" % item
                             for item in sorted(r["children"].items())))
        else:
            lines.append("- programs its processes executed: none besides "
                         "itself")
        for run in ("plain", "hardened"):
            how = "without the policy" if run == "plain" else \
                "under the policy"
            if r[run]["failed"]:
                lines.append("- failed %s: %s" % (
                    how, ", ".join("`%s`" % n for n in r[run]["failed"])))
            if r["flaky"][run]:
                lines.append("- failed once %s and passed when run again so "
                             "(counted as passed): %s" % (
                                 how, ", ".join("`%s`" % n
                                                for n in r["flaky"][run])))
        lines.append("- scan warnings: %d; under strace: %s" % (
            r["warnings"], tests_cell(r["traced"])))
        lines.append("")
    return lines


def write_report(block):
    text = REPORT.read_text()
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
    else:
        head, tail = text.rstrip("\n") + "\n\n", "\n"
    # Whole or not at all: an interrupted run leaves the report as it was.
    partial = REPORT.with_name(REPORT.name + ".partial")
    partial.write_text(head + BEGIN + "\n" + "\n".join(block) + "\n" + END +
                       tail)
    os.replace(partial, REPORT)


def main():
    names = [p["name"] for p in programs.PROGRAMS]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--programs", default=",".join(names),
                        help="comma-separated subset of: " + ", ".join(names))
    parser.add_argument("--no-report", action="store_true",
                        help="print the table, leave docs/EVALUATION.md")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--build-dir", default="build",
                        help="sysprune's own build directory")
    parser.add_argument("--action", default="kill",
                        choices=["kill", "errno", "log"])
    parser.add_argument("--from-results", action="store_true",
                        help="run nothing: make the table of the results "
                        "each program's last run left (BUILD/realworld/NAME/"
                        "result.json), as when programs ran separately")
    args = parser.parse_args()
    selected = args.programs.split(",")
    unknown = [n for n in selected if n not in names]
    if unknown:
        parser.error("unknown program '%s' (expected one of: %s)" %
                     (unknown[0], ", ".join(names)))
    if os.geteuid() != 0:
        sys.exit("scripts/realworld: run as root (it installs packages "
                 "with apt-get)")
    debian_source.install_packages(["dpkg-dev", "strace"])
    args.work = (ROOT / args.build_dir / "realworld").resolve()
    sysprune = str((ROOT / args.build_dir / "tool" / "sysprune").resolve())
    docker = docker_default_count(args.work)

    started = time.time()
    if args.from_results:
        results = []
        for name in selected:
            saved = args.work / name / "result.json"
            if not saved.exists():
                sys.exit("%s: no result.json; run the program first" % name)
            results.append(json.loads(saved.read_text()))
        when = ("from each program's last run (`--from-results`); made on "
                "%s" % datetime.date.today().isoformat())
    else:
        results = [evaluate(p, args, sysprune) for p in programs.PROGRAMS
                   if p["name"] in selected]
        when = "on %s in %.0f minutes" % (datetime.date.today().isoformat(),
                                          (time.time() - started) / 60)
    block = [
        "Generated by `./scripts/realworld` %s (%d cores, Linux %s); the "
        "policies are enforced in `%s` mode." % (
            when, os.cpu_count(), platform.release(), args.action),
        ""] + table(results, docker) + [""] + details(results)
    print("\n".join(block))
    if len(results) == len(names) and not args.no_report:
        write_report(block)
        log("wrote the table in %s" % REPORT.relative_to(ROOT))
    failed = [r["name"] for r in results if not ok(r)]
    if failed:
        log("FAILED: %s" % ", ".join(failed))
        return 1
    log("all %d programs pass their suites under their policies" %
        len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
