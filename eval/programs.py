"""The real programs scripts/realworld hardens: where each one's source
comes from, how it is built with a compilation database, which of its
binaries its test suite starts, and how to read the suite's result.

Each program is built as its upstream build describes, with
-DCMAKE_EXPORT_COMPILE_COMMANDS=ON and debug information (the scan reads
which sources make up each binary from its DWARF), and only the targets its
own test suite needs."""

import html
import re
import sys
from pathlib import Path

RECORDER = str(Path(__file__).resolve().parent / "compile_recorder.py")
GTEST_EACH = str(Path(__file__).resolve().parent / "gtest_each.py")

CMAKE = ["cmake", "-S", ".", "-B", "build", "-G", "Ninja",
         "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
         "-DCMAKE_BUILD_TYPE=RelWithDebInfo"]

GTEST_SRC = "/usr/src/googletest/googletest"

# re2's test binaries but the four exhaustive ones: they try every regexp
# and string up to a size, each for minutes (exhaustive1_test alone runs
# for four here), and exercise nothing the others do not. Its Makefile
# leaves them out of `make test` with dfa_test (the one that runs threads)
# and random_test, which take seconds and are kept.
RE2_TESTS = ["charclass_test", "compile_test", "filtered_re2_test",
             "mimics_pcre_test", "parse_test", "possible_match_test",
             "re2_test", "re2_arg_test", "regexp_test",
             "required_prefix_test", "search_test", "set_test",
             "simplify_test", "string_generator_test", "dfa_test",
             "random_test"]


def autotools_configure(*flags):
    """The configure steps of an Autotools package built in its source
    tree: autoreconf, ./configure FLAGS with debug information and
    eval/compile_recorder.py as the compiler, a first full build (which the
    recorder watches), and the compilation database it writes."""
    return [
        ["autoreconf", "-fi"],
        ["./configure"] + list(flags) + [
            "CFLAGS=-g -O2",
            "CC=python3 %s {src}/compile-log.jsonl gcc" % RECORDER],
        ["make", "-j2"],
        ["python3", RECORDER, "--write", "{src}/compile-log.jsonl",
         "{src}/compile_commands.json"]]


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
    summary repeats the failures without a time: not counted twice). A
    case with a '[ RUN      ] Suite.Case' line and none of those failed:
    its process died in it."""
    meaning = {"OK": "pass", "FAILED": "fail", "SKIPPED": "skip"}
    outcomes = [(meaning[m.group(1)], m.group(2)) for m in re.finditer(
        r"^\[\s*(OK|FAILED|SKIPPED)\s*\] (\S+) \(\d+ ms\)", output,
        re.MULTILINE)]
    ended = {name for _, name in outcomes}
    outcomes += [("fail", name) for name in
                 re.findall(r"^\[ RUN      \] (\S+)$", output, re.MULTILINE)
                 if name not in ended]
    return tally(outcomes)


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


def make_result(output):
    """GNU make's perl test driver: one line a test category,
    'features/recursion ..... ok     (4 passed)', 'FAILED (3/4 passed)' or
    'N/A' (not supported by this build: skipped)."""
    meaning = {"ok": "pass", "N/A": "skip"}
    return tally(
        (meaning.get(m.group(2), "fail"), m.group(1))
        for m in re.finditer(r"^(\S+) \.{3,} (ok|FAILED|N/A)", output,
                             re.MULTILINE))


def catch2_result(output):
    """Catch2's XML reporter (--reporter xml): each '<TestCase name="..."'
    is followed by its '<OverallResult success="true"' or "false"; a case
    the output ends in without one (the process died in it) failed."""
    outcomes, case = [], None
    for match in re.finditer(r'<TestCase name="([^"]*)"|'
                             r'<OverallResult success="(true|false)"',
                             output):
        if match.group(1) is not None:
            case = html.unescape(match.group(1))
        elif case is not None:
            outcomes.append(("pass" if match.group(2) == "true" else "fail",
                             case))
            case = None
    if case is not None:
        outcomes.append(("fail", case))
    return tally(outcomes)


def pytest_result(output):
    """pytest -v: 'tests/x_test.py::test_y[param] PASSED', and FAILED,
    ERROR (failed), SKIPPED, XFAIL (an expected failure: passed), XPASS
    (failed)."""
    meaning = {"PASSED": "pass", "XFAIL": "pass", "SKIPPED": "skip"}
    return tally(
        (meaning.get(m.group(2), "fail"), m.group(1))
        for m in re.finditer(r"^(\S+::\S+) (PASSED|FAILED|ERROR|SKIPPED|"
                             r"XFAIL|XPASS)\b", output, re.MULTILINE))


def catch2_spec(test):
    """A Catch2 test spec naming exactly the test case `test` (a backslash
    before the characters its spec parser reads otherwise)."""
    return re.sub(r'([\\,\[\]*~"])', r"\\\1", test)


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
        "configure": autotools_configure(
            "--disable-shared", "--enable-static", "--disable-docs",
            "--disable-maintainer-mode", "--with-oniguruma"),
        "build": [["make", "-j2"]],
        "binaries": ["jq"],
        "test": ["make", "check", "NO_VALGRIND=1"],
        "rerun": lambda test, output: ["make", "check", "NO_VALGRIND=1",
                                       "TESTS=" + test],
        "result": automake_result,
    },
    {
        "name": "spdlog",
        "package": "spdlog",
        "language": "C++",
        "uses": "threads, condition variables (the async logger's queue), "
                "files (basic, rotating and daily file sinks), directories, "
                "stdout and stderr sinks, system(), fmt (shared library)",
        "build_deps": ["libfmt-dev", "catch2"],
        # Debian's source drops the bundled fmt: spdlog is built, as Debian
        # builds it, against its libfmt (a shared library, modelled from
        # its machine code), and its tests include Debian's
        # /usr/include/catch2/catch.hpp, a system header whose runner (main
        # included) the test compiles into itself: the scan counts that as
        # the program's code. The compiled (static) spdlog, not the
        # header-only one, and not the systemd sink's test: it needs a
        # journal to write to, so pkg-config, which finds libsystemd, is not
        # looked for.
        "configure": [
            CMAKE + ["-DSPDLOG_BUILD_TESTS=ON",
                     "-DSPDLOG_BUILD_EXAMPLE=OFF",
                     "-DSPDLOG_FMT_EXTERNAL=ON",
                     "-DCMAKE_DISABLE_FIND_PACKAGE_PkgConfig=ON"]],
        "build": [["ninja", "-C", "build", "spdlog-utests"]],
        "binaries": ["build/tests/spdlog-utests"],
        # From build/tests, as its CMake test runs: the tests write their
        # logs under test_logs/ there, and empty it first with
        # system("rm -rf test_logs"), so sh and rm run under the tests'
        # policy too (the filter stays on across execve).
        "test": ["env", "-C", "build/tests", "./spdlog-utests",
                 "--reporter", "xml"],
        "rerun": lambda test, output: [
            "env", "-C", "build/tests", "./spdlog-utests", "--reporter",
            "xml", catch2_spec(test)],
        "result": catch2_result,
    },
    {
        "name": "cpp-httplib",
        "package": "cpp-httplib",
        "language": "C++",
        "uses": "sockets over loopback (IPv4, IPv6, Unix), select, threads "
                "(the server's pool), condition variables, getaddrinfo, "
                "files, OpenSSL, zlib, Brotli (shared libraries)",
        "build_deps": ["meson", "pkg-config", "googletest", "libssl-dev",
                       "openssl", "zlib1g-dev", "libbrotli-dev"],
        # Meson, as Debian builds it (Meson writes compile_commands.json
        # itself), with upstream's defaults (link-time optimisation among
        # them), and header-only, not split into a library as Debian's
        # package is: all of httplib.h is in test.cc's translation unit.
        # Its dependency('gtest') would link Debian's prebuilt static
        # libgtest and libgtest_main (main itself), which have no debug
        # information and are in no compilation database; as leveldb's,
        # GoogleTest is compiled from /usr/src/googletest into the test.
        "configure": [
            ["sed", "-i", "s|^gtest_dep = dependency('gtest', main: true)$|"
             "gtest_dep = declare_dependency("
             "sources: files('%s/src/gtest-all.cc', '%s/src/gtest_main.cc'), "
             "include_directories: include_directories('%s/include', '%s'), "
             "dependencies: dependency('threads'))|" % ((GTEST_SRC,) * 4),
             "test/meson.build"],
            ["meson", "setup", "build", "--buildtype=debugoptimized",
             "-Dcpp-httplib_test=true"]],
        # The test and the keys and certificates it reads (openssl makes
        # them).
        "build": [["ninja", "-C", "build", "test/main"] +
                  ["test/" + pem for pem in [
                      "key.pem", "cert.pem", "cert2.pem", "key_encrypted.pem",
                      "cert_encrypted.pem", "rootCA.key.pem",
                      "rootCA.cert.pem", "client.key.pem",
                      "client.cert.pem"]]],
        "binaries": ["build/test/main"],
        # From build/test, where meson runs it. The tests named *_Online
        # talk to hosts on the Internet (httpbin.org, google.com,
        # www.httpwatch.com, yahoo.com...), which this machine cannot
        # reach; Debian's build leaves them out too. Each test in a process
        # of its own (eval/gtest_each.py): a failed ASSERT in a test leaves
        # its server's std::thread joinable, whose destructor ends the
        # process, and the SSL tests' clients connect 1 ms after starting
        # the server's thread, which fails now and then.
        "test": ["env", "-C", "build/test", "python3", GTEST_EACH, "./main",
                 "-*_Online"],
        "rerun": lambda test, output: [
            "env", "-C", "build/test", "./main", "--gtest_filter=" + test],
        "result": gtest_result,
    },
    {
        "name": "re2",
        "package": "re2",
        "language": "C++",
        "uses": "memory (compiled programs, DFA state caches), "
                "reader-writer locks, threads (dfa_test), stdio",
        "build_deps": ["python3-six", "unicode-data"],
        # Debian's source drops the Unicode and Perl class tables generated
        # from data; they are made again, as Debian's build does (its
        # patch reads Debian's unicode-data), with upstream's Makefile
        # rules, before CMake builds the library and the tests.
        "configure": [
            ["make", "REBUILD_TABLES=1", "re2/perl_groups.cc",
             "re2/unicode_casefold.cc", "re2/unicode_groups.cc"],
            CMAKE + ["-DRE2_BUILD_TESTING=ON"]],
        "build": [["ninja", "-C", "build"] + RE2_TESTS],
        "binaries": ["build/" + t for t in RE2_TESTS],
        "test": ["ctest", "--test-dir", "build", "-j2", "--output-on-failure",
                 "-R", "^(%s)$" % "|".join(RE2_TESTS)],
        # Each binary is one ctest test, its own runner stops at the first
        # failed check: a failed binary is run again whole.
        "rerun": lambda test, output: [
            "ctest", "--test-dir", "build", "--output-on-failure", "-R",
            "^%s$" % test],
        "result": ctest_result,
    },
    {
        "name": "yaml-cpp",
        "package": "yaml-cpp",
        "language": "C++",
        "uses": "parsing and emitting in memory, iostreams",
        "build_deps": ["googletest", "libgtest-dev", "libgmock-dev"],
        # Debian's patch (use-archive-googletest.patch) builds GoogleTest
        # and GoogleMock from /usr/src/googletest when the prebuilt ones
        # are installed: they are in the compilation database.
        "configure": [CMAKE + ["-DYAML_CPP_BUILD_TESTS=ON",
                               "-DYAML_CPP_BUILD_TOOLS=OFF",
                               "-DINSTALL_GTEST=OFF"]],
        "build": [["ninja", "-C", "build", "yaml-cpp-tests"]],
        "binaries": ["build/test/yaml-cpp-tests"],
        "test": ["build/test/yaml-cpp-tests"],
        "rerun": lambda test, output: ["build/test/yaml-cpp-tests",
                                       "--gtest_filter=" + test],
        "result": gtest_result,
    },
    {
        "name": "dumb-init",
        "package": "dumb-init",
        "language": "C",
        "uses": "a supervisor: the program it is given, which it executes, "
                "setsid, forwarding and rewriting signals, reaping children",
        "build_deps": ["python3-pytest", "python3-py"],
        # Its Makefile links it static and stripped; built here as a plain
        # program with debug information, its one source recorded.
        "build_dir": ".",
        "configure": [
            ["python3", RECORDER, "{src}/compile-log.jsonl", "gcc",
             "-std=gnu99", "-g", "-O2", "-Wall", "-c", "-o", "dumb-init.o",
             "dumb-init.c"],
            ["python3", RECORDER, "--write", "{src}/compile-log.jsonl",
             "{src}/compile_commands.json"]],
        "build": [["gcc", "-std=gnu99", "-g", "-O2", "-Wall", "-c", "-o",
                   "dumb-init.o", "dumb-init.c"],
                  ["gcc", "-g", "-o", "dumb-init", "dumb-init.o"]],
        "binaries": ["dumb-init"],
        # What its tests have it run, each given on its command line, and
        # what the shell command lines they give it run.
        "runs": ["sh", "bash", "echo", "sleep", "readlink", "true", "tac",
                 "yes", "tail", "/usr/bin/python3"],
        # The tests start `dumb-init` from PATH, and the supervised Python
        # helpers with the interpreter that runs pytest.
        "test": ["sh", "-c",
                 "PATH=$PWD:$PATH exec /usr/bin/python3 -m pytest -v tests"],
        # Under strace -f the tests that stop dumb-init and its child with
        # SIGTSTP (job control) hang in ptrace's group-stop: what strace
        # sees is the rest; the run under the policy is the whole suite.
        "traced_test": [
            "sh", "-c", "PATH=$PWD:$PATH exec /usr/bin/python3 -m pytest -v "
            "-k 'not shell_background and not proxies_signals and not "
            "sighup_sigcont' tests"],
        "rerun": lambda test, output: [
            "sh", "-c", "PATH=$PWD:$PATH exec /usr/bin/python3 -m pytest -v "
            "'%s'" % test.replace("'", "'\\''")],
        "result": pytest_result,
    },
    {
        "name": "make",
        "package": "make-dfsg",
        "language": "C",
        "uses": "a build tool: recipes run through /bin/sh or executed "
                "directly (posix_spawn), itself run again by recursive "
                "makes, jobs and the jobserver's pipe, signals, stat of "
                "every target, archives, directories, load average",
        "build_deps": ["autoconf", "automake", "autopoint", "gettext",
                       "pkg-config", "libbsd-resource-perl"],
        # Autotools, as Debian configures it without Guile; the recorder as
        # the compiler writes the compilation database.
        "build_dir": ".",
        "configure": autotools_configure("--with-guile=no", "--disable-nls"),
        "build": [["make", "-j2"]],
        "binaries": ["make"],
        # What the suite's makefiles have it run: a command line is input,
        # so the programs are named, as a user of make names the tools
        # their makefiles use. The C compiler's own programs are found by
        # gcc, not on PATH.
        "runs": ["sh", "bash", "perl", "echo", "cat", "cp", "ln", "mv",
                 "rm", "touch", "printf", "pwd", "sed", "sleep", "true",
                 "uname", "ar", "as", "ld", "gcc", "make",
                 "/usr/lib/gcc/x86_64-linux-gnu/12/cc1",
                 "/usr/lib/gcc/x86_64-linux-gnu/12/collect2"],
        # The driver (perl) starts ./make for each test; the suite runs
        # from the tests directory, as `make check` runs it.
        "test": ["sh", "-c", "ulimit -n 128; cd tests && exec perl "
                 "./run_make_tests.pl -srcdir \"$PWD/..\" -make ../make"],
        "rerun": lambda test, output: [
            "sh", "-c", "ulimit -n 128; cd tests && exec perl "
            "./run_make_tests.pl -srcdir \"$PWD/..\" -make ../make '%s'"
            % test.replace("'", "'\\''")],
        "result": make_result,
    },
]


READERS = {"tap": tap_result, "tinyxml2": tinyxml2_result,
           "make": make_result,
           "ctest": ctest_result, "gtest": gtest_result,
           "automake": automake_result, "catch2": catch2_result,
           "pytest": pytest_result}


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
