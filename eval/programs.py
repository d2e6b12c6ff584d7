"""The real programs scripts/realworld hardens: where each one's source
comes from, how it is built with a compilation database, which of its
binaries its test suite starts, and how to read the suite's result.

Each program is built as its upstream build describes, with
-DCMAKE_EXPORT_COMPILE_COMMANDS=ON and debug information (the scan reads
which sources make up each binary from its DWARF), and only the targets its
own test suite needs."""

import re
import sys
from pathlib import Path

RECORDER = str(Path(__file__).resolve().parent / "compile_recorder.py")

CMAKE = ["cmake", "-S", ".", "-B", "build", "-G", "Ninja",
         "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
         "-DCMAKE_BUILD_TYPE=RelWithDebInfo"]


def tally(outcomes):
    """(passed, names of the failed, skipped) of (outcome, test name)
    pairs, outcome being "pass", "fail" or "skip"."""
    passed = skipped = 0
    failed = []
    for outcome, name in outcomes:
        if outcome == "pass":
            passed += 1
        elif outcome == "skip":
            skipped += 1
        else:
            failed.append(name)
    return passed, failed, skipped


def tap_result(output):
    """TAP: 'ok N - name', 'not ok N - name', '# SKIP' on an ok line."""
    def outcomes():
        for line in output.splitlines():
            name = line.split(" - ", 1)[-1]
            if line.startswith("not ok "):
                yield "fail", name
            elif line.startswith("ok "):
                yield ("skip" if "# SKIP" in line else "pass"), name
    return tally(outcomes())


def tinyxml2_result(output):
    """xmltest prints '[fail]' before each failed check and ends with
    'Pass N, Fail M'."""
    match = re.search(r"Pass (\d+), Fail (\d+)", output)
    if not match:
        return 0, ["xmltest did not finish"], 0
    failed = [line.strip() for line in output.splitlines()
              if line.lstrip().startswith("[fail]")]
    failed += ["unnamed check"] * (int(match.group(2)) - len(failed))
    return int(match.group(1)), failed, 0


def ctest_result(output):
    """ctest's per-test lines: 'Test #N: name ....   Passed' or '***Failed'
    (and '***Not Run', '***Exception: ...', '***Timeout' as failures)."""
    def outcomes():
        for line in output.splitlines():
            match = re.match(r"^\s*\d+/\d+ Test\s+#\d+: (\S+)", line)
            if not match:
                continue
            if re.search(r"\bPassed\b", line):
                yield "pass", match.group(1)
            else:
                yield ("skip" if "Skipped" in line else "fail"), \
                    match.group(1)
    return tally(outcomes())


def gtest_result(output):
    """A GoogleTest binary's own lines: '[       OK ] Suite.Case (N ms)',
    '[  FAILED  ] Suite.Case (N ms)', '[  SKIPPED ] Suite.Case (N ms)' (the
    summary repeats the failures without a time: not counted twice)."""
    meaning = {"OK": "pass", "FAILED": "fail", "SKIPPED": "skip"}
    return tally(
        (meaning[m.group(1)], m.group(2))
        for m in re.finditer(r"^\[\s*(OK|FAILED|SKIPPED)\s*\] (\S+) \(\d+ ms\)",
                             output, re.MULTILINE))


def failed_gtest_cases(ctest_output, test):
    """The GoogleTest cases that failed in ctest's test `test`, from the
    output --output-on-failure prints after its status line."""
    block = re.search(r"^\s*\d+/\d+ Test\s+#\d+: %s \.[^\n]*\n(.*?)"
                      r"(?=^\s*\d+/\d+ Test\s+#|\Z)" % re.escape(test),
                      ctest_output, re.MULTILINE | re.DOTALL)
    if not block:
        return []
    return gtest_result(block.group(1))[1]


def automake_result(output):
    """Automake's test driver: 'PASS: tests/x', 'FAIL: tests/y', and SKIP,
    XFAIL (passed: an expected failure), XPASS and ERROR (failed)."""
    meaning = {"PASS": "pass", "XFAIL": "pass", "SKIP": "skip"}
    return tally(
        (meaning.get(m.group(1), "fail"), m.group(2))
        for m in re.finditer(r"^(PASS|XFAIL|SKIP|FAIL|XPASS|ERROR): (\S+)",
                             output, re.MULTILINE))


PROGRAMS = [
    {
        "name": "libuv",
        "package": "libuv1",
        "language": "C",
        "uses": "epoll, eventfd, inotify, signal masks, prctl, fork/execve "
                "of itself, sockets, threads",
        "build_deps": [],
        "configure": [CMAKE + ["-DBUILD_TESTING=ON",
                               "-DLIBUV_BUILD_BENCH=OFF"]],
        "build": [["ninja", "-C", "build", "uv_run_tests_a"]],
        # The statically linked runner: every line of libuv it runs is in
        # the compilation database, none is left to a machine-code model.
        "binaries": ["build/uv_run_tests_a"],
        # As libuv's own CMake test does: from the source directory, where
        # the fixtures are.
        "test": ["build/uv_run_tests_a"],
        "unprivileged": True,  # its runner refuses to run as root
        # The runner runs one test when named. Tests that need a route to
        # an outside address pass or fail with the network, not the policy.
        "rerun": lambda test, output: ["build/uv_run_tests_a", test],
        "result": tap_result,
    },
    {
        "name": "tinyxml2",
        "package": "tinyxml2",
        "language": "C++",
        "uses": "files, stdio",
        "build_deps": [],
        "configure": [CMAKE + ["-Dtinyxml2_BUILD_TESTING=ON"]],
        "build": [["ninja", "-C", "build", "xmltest"]],
        "binaries": ["build/xmltest"],
        "test": ["build/xmltest"],
        "result": tinyxml2_result,
    },
    {
        "name": "leveldb",
        "package": "leveldb",
        "language": "C++",
        "uses": "threads, condition variables, file locks (fcntl), mmap, "
                "fsync, directories",
        "build_deps": ["googletest", "libbenchmark-dev"],
        # Upstream builds GoogleTest from source (third_party/googletest);
        # Debian's package links the prebuilt one instead. Built from
        # /usr/src/googletest, GoogleTest is in the compilation database and
        # scanned with the tests. Google Benchmark (db_test's benchmarks)
        # stays Debian's shared library, modelled from its machine code.
        "configure": [
            ["sed", "-i",
             "-e", "s|#add_subdirectory(\"third_party/googletest\")|"
                   "add_subdirectory(/usr/src/googletest googletest)|",
             "CMakeLists.txt"],
            CMAKE + ["-DLEVELDB_BUILD_BENCHMARKS=OFF"]],
        "build": [["ninja", "-C", "build"]],
        "binaries": ["build/" + t for t in [
            "c_test", "fault_injection_test", "issue178_test",
            "issue200_test", "issue320_test", "env_test", "status_test",
            "no_destructor_test", "autocompact_test", "corruption_test",
            "db_test", "dbformat_test", "filename_test", "log_test",
            "recovery_test", "skiplist_test", "version_edit_test",
            "version_set_test", "write_batch_test", "memenv_test",
            "filter_block_test", "table_test", "arena_test", "bloom_test",
            "cache_test", "coding_test", "crc32c_test", "hash_test",
            "logging_test", "env_posix_test"]],
        "test": ["ctest", "--test-dir", "build", "-j2",
                 "--output-on-failure"],
        # db_test's HiddenValuesAreRemoved depends on when the background
        # compaction that earlier tests in the binary leave running gets
        # to its files: in a whole run of db_test it fails now and then,
        # with or without the policy, and alone it passes. A failed binary
        # is run again with just its failed cases (all of them when it
        # printed none: it was killed).
        "rerun": lambda test, output: [
            "build/" + test, "--gtest_filter=" +
            (":".join(failed_gtest_cases(output, test)) or "*")],
        "rerun_result": gtest_result,
        "result": ctest_result,
    },
    {
        "name": "jq",
        "package": "jq",
        "language": "C",
        "uses": "files, stdio, getpwuid (name services), Oniguruma "
                "(shared library)",
        "build_deps": ["bison", "flex", "libonig-dev", "libtool",
                       "autoconf", "automake"],
        # Autotools: eval/compile_recorder.py, as the compiler, records the
        # compile commands of the first full build. Static, so that jq is
        # the program and not libtool's wrapper script around a shared
        # libjq.
        "build_dir": ".",
        "configure": [
            ["autoreconf", "-fi"],
            ["./configure", "--disable-shared", "--enable-static",
             "--disable-docs", "--disable-maintainer-mode",
             "--with-oniguruma", "CFLAGS=-g -O2",
             "CC=python3 %s {src}/compile-log.jsonl gcc" % RECORDER],
            ["make", "-j2"],
            ["python3", RECORDER, "--write", "{src}/compile-log.jsonl",
             "{src}/compile_commands.json"]],
        "build": [["make", "-j2"]],
        "binaries": ["jq"],
        "test": ["make", "check", "NO_VALGRIND=1"],
        "rerun": lambda test, output: ["make", "check", "NO_VALGRIND=1",
                                       "TESTS=" + test],
        "result": automake_result,
    },
]


READERS = {"tap": tap_result, "tinyxml2": tinyxml2_result,
           "ctest": ctest_result, "gtest": gtest_result,
           "automake": automake_result}


def main(argv):
    """programs.py READER OUTPUT: what READER makes of a saved suite output;
    programs.py failed-cases OUTPUT TEST: the GoogleTest cases ctest's
    test TEST failed in it (how a leveldb binary is run again)."""
    cases = len(argv) == 4 and argv[1] == "failed-cases"
    if not cases and (len(argv) != 3 or argv[1] not in READERS):
        print("usage: programs.py %s OUTPUT | failed-cases OUTPUT TEST" %
              "|".join(sorted(READERS)), file=sys.stderr)
        return 2
    try:
        output = Path(argv[2]).read_text(errors="replace")
    except OSError as error:
        print("programs.py: cannot read %s: %s" % (argv[2], error.strerror),
              file=sys.stderr)
        return 1
    if cases:
        print(" ".join(failed_gtest_cases(output, argv[3])))
        return 0
    passed, failed, skipped = READERS[argv[1]](output)
    print("passed %d, skipped %d, failed %d: %s" % (
        passed, skipped, len(failed), " ".join(failed)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
