#!/usr/bin/env python3
"""Runs each test of a GoogleTest binary in a process of its own, one after
another, and prints their output in order:

  gtest_each.py BINARY [FILTER]

for a suite whose failed test can end the whole process: cpp-httplib's
tests run their server in a std::thread that a failed ASSERT leaves
joinable, and its destructor calls std::terminate, so one failure would
cut off every test after it (and the counts of two runs would differ by
where each was cut off). A test whose process dies has printed its
'[ RUN      ]' line and no result, which gtest_result counts as failed.
Exit status 1 when any of the processes failed."""

import subprocess
import sys


def test_names(binary, pattern):
    """The full names --gtest_list_tests gives: 'Suite.' lines, each
    followed by its '  Case' lines (a '  # GetParam() = ...' comment cut
    off); anything else (gtest_main's 'Running main() from' line) is not a
    suite."""
    listing = subprocess.run([binary, "--gtest_list_tests",
                              "--gtest_filter=" + pattern],
                             stdout=subprocess.PIPE, text=True, check=True)
    suite, names = None, []
    for line in listing.stdout.splitlines():
        name = line.split("#", 1)[0].rstrip()
        if line.startswith("  ") and suite:
            names.append(suite + name.strip())
        elif name.endswith(".") and " " not in name:
            suite = name
        else:
            suite = None
    return names


def main(argv):
    if len(argv) not in (2, 3):
        print("usage: gtest_each.py BINARY [FILTER]", file=sys.stderr)
        return 2
    binary, pattern = argv[1], argv[2] if len(argv) == 3 else "*"
    status = 0
    for name in test_names(binary, pattern):
        if "DISABLED_" in name:  # GoogleTest would run none
            continue
        sys.stdout.flush()
        if subprocess.run([binary, "--gtest_filter=" + name]).returncode:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
