#!/usr/bin/env python3
"""Builds programs of the validation corpus with the embedded runtime, as a
user's CMake project does (find_package(sysprune), sysprune_harden(...
ACTION kill)), and runs each: the filter is installed by the runtime before
main, from the policy the build derived, and the program must exit 0 as it
does when built plainly.

Where eval/corpus.py runs each program under `sysprune exec` (the filter
installed from outside, before execve), this checks the other way the
policy ships: the build steps sysprune_harden adds (scan-tu per source, the
link step with --hardened, the filter compiled into the program) and the
runtime's start-up.

Usage: eval/corpus_harden.py --prefix INSTALLED_SYSPRUNE [--fast]
                             [--programs GLOB] [--builds gcc-O2,clang-O0]
                             [--work DIR]
The prefix is where sysprune is installed (`cmake --install build --prefix
DIR`). Prints one line per program that fails and a summary line; exit
status 1 when any program is killed or fails, 2 on bad usage."""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import BUILDS, SIGSYS, compile_flags, selection  # noqa: E402

RUN_TIMEOUT = 60


def target_name(source):
    return f"{source.parent.name}-{source.stem}"


def write_project(where, sources, level):
    """A CMake project with one hardened executable per corpus program,
    compiled as eval/corpus.py compiles them."""
    lines = [
        "cmake_minimum_required(VERSION 3.25)",
        "project(corpus_hardened C CXX)",
        "find_package(sysprune REQUIRED)",
        f'set(CMAKE_C_FLAGS "{" ".join(compile_flags(".c", level))}")',
        f'set(CMAKE_CXX_FLAGS "{" ".join(compile_flags(".cpp", level))}")',
    ]
    for source in sources:
        name = target_name(source)
        lines += [f'add_executable({name} "{source}")',
                  f"target_link_libraries({name} PRIVATE m)",
                  f"sysprune_harden({name} ACTION kill)"]
    where.mkdir(parents=True, exist_ok=True)
    (where / "CMakeLists.txt").write_text("\n".join(lines) + "\n")


def runs_others(binary):
    """Whether the policy sysprune_harden derived lets the program execve."""
    policy = binary.with_name(binary.name + ".policy.json")
    try:
        entries = json.loads(policy.read_text())["syscalls"]
        names = {n for entry in entries for n in entry["names"]}
    except (OSError, ValueError, LookupError, TypeError):
        return False
    return "execve" in names or "execveat" in names


def run(command, cwd):
    return subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True)


def harden_build(sources, build, prefix, work):
    """(program name, outcome, detail) of each program in one build."""
    cc, cxx, level = BUILDS[build]
    project = work / build / "project"
    binaries = work / build / "build"
    write_project(project, sources, level)
    configured = run(["cmake", "-S", str(project), "-B", str(binaries), "-G",
                      "Ninja", f"-DCMAKE_PREFIX_PATH={prefix}",
                      f"-DCMAKE_C_COMPILER={cc}",
                      f"-DCMAKE_CXX_COMPILER={cxx}"], work)
    if configured.returncode != 0:
        return [("(all)", "configure failed", configured.stderr[-2000:])]
    # -k 0: one program that does not build still lets the others run.
    built = run(["ninja", "-C", str(binaries), "-k", "0"], work)
    outcomes = []
    for source in sources:
        name = f"{source.parent.name}/{source.name}"
        binary = binaries / target_name(source)
        if not binary.exists():
            outcomes.append((name, "not built", built.stdout[-2000:]))
            continue
        # Each in its own directory: programs create files where they run.
        where = work / build / "run" / target_name(source)
        where.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run([str(binary)], cwd=where,
                                  stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True,
                                  timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            outcomes.append((name, "timed out", ""))
            continue
        if done.returncode == 0:
            outcomes.append((name, "ok", ""))
        elif runs_others(binary):
            # Its children inherit the filter, loader and all. The policy
            # includes those the source names (a constant path or command,
            # /proc/self/exe) and those given with RUNS; one it computes
            # (here a name looked up on a PATH it sets) the build warned
            # about [sysprune-exec].
            outcomes.append((name, "runs others", done.stderr[-2000:]))
        elif done.returncode == -SIGSYS:
            outcomes.append((name, "KILLED", done.stderr[-2000:]))
        else:
            outcomes.append((name, f"exit {done.returncode}",
                             (done.stdout + done.stderr)[-2000:]))
    return outcomes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", required=True,
                        help="where sysprune is installed")
    parser.add_argument("--fast", action="store_true",
                        help="the programs test/corpus/FAST lists")
    parser.add_argument("--programs", help="a glob on the program's name")
    parser.add_argument("--builds", help="comma-separated, of "
                        + ", ".join(BUILDS))
    parser.add_argument("--work", help="keep the projects and builds here")
    args = parser.parse_args()
    builds, sources = selection(parser, args)
    if not (Path(args.prefix) / "bin" / "sysprune").exists():
        parser.error(f"--prefix {args.prefix}: no bin/sysprune there "
                     "(cmake --install BUILD --prefix DIR)")
    prefix = Path(args.prefix).resolve()
    work = Path(args.work) if args.work else Path(
        tempfile.mkdtemp(prefix="sysprune-corpus-harden-"))

    failed, runs, others = [], 0, []
    for build in builds:
        print(f"[corpus-harden] {len(sources)} programs, {build}",
              file=sys.stderr, flush=True)
        for name, outcome, detail in harden_build(sources, build, prefix,
                                                  work):
            runs += 1
            if outcome == "runs others":
                others.append(name)
                print(f"{name} [{build}]: fails hardened as a whole: it runs "
                      "other programs, which inherit its filter", flush=True)
            elif outcome != "ok":
                failed.append((name, build, outcome))
                print(f"{name} [{build}]: {outcome}", flush=True)
                if detail:
                    print(detail, file=sys.stderr)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    killed = sum(1 for f in failed if f[2] == "KILLED")
    print(f"corpus (sysprune_harden): {runs} runs ({len(sources)} programs x "
          f"{len(builds)} builds): {killed} killed, "
          f"{len(failed) - killed} other failures; {len(others)} that run "
          "other programs not counted")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
