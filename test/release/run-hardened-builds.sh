#!/usr/bin/env bash
# Runs inside a machine of another Debian release (scripts/test-across-
# releases): the hardened example built on the build machine, once for its
# C library (the default) and once for any release sysprune has models of
# (LIBC portable). The first must stop at start with one line naming both
# C libraries and exit 121; the second must run to the end.
# Usage: test/release/run-hardened-builds.sh DIR (where the two programs are)
set -uo pipefail
dir=$1
failed=0
release=$(getconf GNU_LIBC_VERSION | awk '{print $2}')
echo "across-releases: this machine runs glibc $release"

out=$("$dir/cxx-runtime" 2>&1)
status=$?
if [ $status -eq 121 ] &&
  grep -q "^sysprune: this program's seccomp policy was derived for libc.so.6 (glibc [0-9.]*) .*, but it runs with glibc $release; .*refusing to run$" <<<"$out" &&
  [ "$(wc -l <<<"$out")" -eq 1 ]; then
  echo "across-releases: cxx-runtime (built for the build machine's C library) stops with status 121:"
  echo "  $out"
else
  echo "across-releases: FAIL: cxx-runtime should stop with one line and status 121; it exited $status with:"
  echo "$out" | sed 's/^/  /'
  failed=1
fi

out=$("$dir/cxx-runtime-portable" 2>&1)
status=$?
if [ $status -eq 0 ] && grep -q '^cxx-runtime: done$' <<<"$out" &&
  ! grep -q '^sysprune:' <<<"$out"; then
  echo "across-releases: cxx-runtime-portable (LIBC portable) runs to the end, status 0"
else
  echo "across-releases: FAIL: cxx-runtime-portable should run; it exited $status with:"
  echo "$out" | sed 's/^/  /'
  failed=1
fi
exit $failed
