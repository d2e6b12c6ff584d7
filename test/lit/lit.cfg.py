# lit configuration for sysprune's tool tests: one folder per feature.
import os
import shutil
import subprocess
import sys

import lit.formats

config.name = "sysprune"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".cpp", ".S", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.sysprune_obj_root, "test", "lit")

# FileCheck, not, split-file and count come from LLVM; sysprune from the build.
config.environment["PATH"] = os.pathsep.join(
    [config.sysprune_tools_dir, config.llvm_tools_dir, os.environ.get("PATH", "")])
config.environment["LC_ALL"] = "C"

config.substitutions.append(("%sysprune", os.path.join(config.sysprune_tools_dir, "sysprune")))
# %check_sysprune runs sysprune and fails the test on a warning or an error
# on its stderr that the test does not check (check_sysprune.py says how).
# lit replaces the %s it ends with (the test, which holds the check lines)
# after this substitution.
config.substitutions.append(("%check_sysprune", " ".join([
    sys.executable,
    os.path.join(config.sysprune_src_root, "test", "lit", "check_sysprune.py"),
    "--sysprune", os.path.join(config.sysprune_tools_dir, "sysprune"),
    "--check-file", "%s"])))
config.substitutions.append(("%examples", config.examples_dir))
config.substitutions.append(("%deny-seccomp", os.path.join(config.test_tools_dir, "deny-seccomp")))
config.substitutions.append(("%test_tools", config.test_tools_dir))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%src_root", config.sysprune_src_root))
config.substitutions.append(("%build_root", config.sysprune_obj_root))
config.substitutions.append(("%python", sys.executable))

# SARIF logs are validated against the official OASIS SARIF 2.1.0 schema,
# which stays in ../shared/schemas beside the project; a clone without it (or
# without python3-jsonschema) skips that step and says so.
sarif_schema = os.path.normpath(os.path.join(
    config.sysprune_src_root, "..", "shared", "schemas",
    "sarif-schema-2.1.0.json"))
config.substitutions.append(("%sarif-schema", sarif_schema))
try:
    import jsonschema  # noqa: F401
    have_jsonschema = True
except ImportError:
    have_jsonschema = False
if os.path.isfile(sarif_schema) and have_jsonschema:
    config.available_features.add("sarif-schema")
else:
    lit_config.note("SARIF logs are not validated against the official "
                    "schema: " + ("python3-jsonschema is missing"
                                  if have_jsonschema is False else
                                  sarif_schema + " is not there"))

if config.sanitized:
    config.available_features.add("sanitized")

# bubblewrap loads the exported BPF; it needs root or user namespaces, and
# a /proc to mount: tests that run it are unsupported where it cannot.
def bwrap_runs():
    bwrap = shutil.which("bwrap")
    if not bwrap:
        return False
    try:
        return subprocess.run(
            [bwrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
             "true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False

if bwrap_runs():
    config.available_features.add("bwrap")

# runc runs rootful containers where it can set up their cgroups: a trial
# container tells.
def runc_runs():
    import tempfile
    if not shutil.which("runc") or os.geteuid() != 0:
        return False
    helper = os.path.join(config.sysprune_src_root, "test", "lit", "export",
                          "Inputs", "runc-bundle.py")
    with tempfile.TemporaryDirectory(prefix="sysprune-runc-") as bundle:
        try:
            subprocess.run([sys.executable, helper, bundle, "none", "/usr/bin",
                            "true"], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            return subprocess.run(
                ["runc", "run", "sysprune-lit-probe-%d" % os.getpid()],
                cwd=bundle, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, timeout=60).returncode == 0
        except (OSError, subprocess.SubprocessError):
            return False

if runc_runs():
    config.available_features.add("runc")

# systemd's own unit parser, which reads a drop-in's SystemCallFilter= as
# the service manager would.
if shutil.which("systemd-analyze"):
    config.available_features.add("systemd-analyze")

# The C library here is a release the hand-checked libc model was checked
# against: the argument rules it derives from constants (prctl's option,
# abort's signal) are then in the policies of programs built here; on another
# release the machine code decides, and keeps no constants.
def libc_hand_checked():
    import platform
    model = os.path.join(config.sysprune_src_root, "policy", "models",
                         "glibc-2.36-x86_64.model")
    with open(model) as f:
        checked = [line.split()[2:] for line in f
                   if line.startswith("checked glibc ")]
    release = platform.libc_ver()[1]
    return any(release in releases for releases in checked)


if libc_hand_checked():
    config.available_features.add("libc-hand-checked")

# The checked-in models of this platform's libraries can be regenerated
# exactly only from the builds they were derived from: the test that checks
# it runs where every listed library is installed with the recorded SHA-256.
def checked_in_models_installed():
    import hashlib
    import json
    models = os.path.join(config.sysprune_src_root, "policy", "models",
                          "debian-12-x86_64")
    with open(os.path.join(models, "LIBRARIES")) as listing:
        libraries = [line.split("#")[0].strip() for line in listing]
    for library in filter(None, libraries):
        model = os.path.join(models, os.path.basename(library) + ".json")
        try:
            with open(model) as f:
                recorded = json.load(f)["sha256"]
            with open(library, "rb") as f:
                installed = hashlib.sha256(f.read()).hexdigest()
        except (OSError, KeyError, ValueError):
            return False
        if recorded != installed:
            return False
    return True

if checked_in_models_installed():
    config.available_features.add("checked-in-models-installed")
