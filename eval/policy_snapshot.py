#!/usr/bin/env python3
"""Writes the policies sysprune derives for the bundled examples and for the
real programs ./scripts/realworld has built, into one directory, so that two
snapshots (before and after a change that must not change behaviour) can be
compared with `diff -r`.

The examples' policies are those the build wrote (build/examples/*.policy.json,
by sysprune_harden); the real programs' are scanned again here, the way
eval/realworld.py scans them, with a fresh facts cache so the front end runs.
Programs whose source tree is not built under BUILD_DIR/realworld are named
and skipped.

Usage: eval/policy_snapshot.py OUT [--sysprune PATH] [--build-dir build]
                               [--realworld-dir DIR] [--programs a,b]"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import programs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def snapshot_examples(build, out):
    written = 0
    for policy in sorted((build / "examples").glob("*.policy.json")):
        shutil.copy(policy, out / "examples" / policy.name)
        written += 1
    return written


class ScanFailed(Exception):
    pass


def snapshot_program(recipe, tree, sysprune, out):
    src = tree / recipe["name"] / "src"
    build_dir = src / recipe.get("build_dir", "build")
    if not (build_dir / "compile_commands.json").exists():
        print("policy_snapshot: %s is not built under %s; skipped"
              % (recipe["name"], tree), file=sys.stderr)
        return 0
    target = out / recipe["name"]
    target.mkdir(parents=True)
    runs = [a for child in recipe.get("runs", []) for a in ("--runs", child)]
    with tempfile.TemporaryDirectory() as cache:
        for name in recipe["binaries"]:
            binary = src / name
            scan = subprocess.run(
                [sysprune, "scan", "-p", str(build_dir), "--binary",
                 str(binary), "--cache-dir", cache, "-o",
                 str(target / (binary.name + ".policy.json"))] + runs,
                stderr=subprocess.PIPE, text=True)
            if scan.returncode != 0:
                last = (scan.stderr.strip().splitlines() or ["no output"])[-1]
                raise ScanFailed("%s: sysprune scan of %s failed (status %d): "
                                 "%s" % (recipe["name"], binary,
                                         scan.returncode, last))
    return len(recipe["binaries"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sysprune", default=None)
    parser.add_argument("--build-dir", default="build", type=Path)
    parser.add_argument("--realworld-dir", default=None, type=Path,
                        help="where ./scripts/realworld built the programs "
                        "(default BUILD_DIR/realworld)")
    parser.add_argument("--programs", default=None)
    args = parser.parse_args()
    build = (ROOT / args.build_dir).resolve()
    sysprune = args.sysprune or str(build / "tool" / "sysprune")
    tree = (args.realworld_dir or build / "realworld").resolve()
    if args.out.exists():
        sys.exit("policy_snapshot: %s exists; give a new directory" % args.out)
    # Written aside and moved into place whole: a snapshot that stopped
    # half-way is never compared as if it were complete.
    partial = args.out.with_name(args.out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    (partial / "examples").mkdir(parents=True)
    count = snapshot_examples(build, partial)
    wanted = set(args.programs.split(",")) if args.programs else None
    try:
        for recipe in programs.PROGRAMS:
            if wanted is None or recipe["name"] in wanted:
                count += snapshot_program(recipe, tree, sysprune, partial)
    except ScanFailed as failure:
        shutil.rmtree(partial, ignore_errors=True)
        sys.exit("policy_snapshot: %s; no snapshot was written" % failure)
    partial.rename(args.out)
    print("policy_snapshot: %d policies in %s" % (count, args.out))


if __name__ == "__main__":
    main()
