"""Writes an OCI bundle for runc in DIR: a read-only root that sees the
host's /usr (and the lib, lib64 and bin links into it) and BINDIR at /prog,
a tmpfs at /tmp, the seccomp profile PROFILE (none: no filter), and
PROGRAM ARGS... (a file name in BINDIR) as the process.

Usage: runc-bundle.py DIR PROFILE BINDIR PROGRAM [ARGS...]"""
import json
import os
import subprocess
import sys

bundle, profile, bindir, program, *args = sys.argv[1:]
os.makedirs(bundle, exist_ok=True)
subprocess.run(["runc", "spec"], cwd=bundle, check=True)
rootfs = os.path.join(bundle, "rootfs")
for directory in ("usr", "tmp", "prog"):
    os.makedirs(os.path.join(rootfs, directory), exist_ok=True)
for link in ("lib", "lib64", "bin"):
    os.symlink("usr/" + link, os.path.join(rootfs, link))
with open(os.path.join(bundle, "config.json")) as f:
    config = json.load(f)
config["process"]["args"] = ["/prog/" + program, *args]
config["process"]["terminal"] = False
config["root"] = {"path": "rootfs", "readonly": True}
config["mounts"] += [
    {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs",
     "options": ["nosuid", "nodev"]},
    {"destination": "/usr", "type": "bind", "source": "/usr",
     "options": ["rbind", "ro"]},
    {"destination": "/prog", "type": "bind", "source": bindir,
     "options": ["rbind", "ro"]}]
if profile != "none":
    with open(profile) as f:
        config["linux"]["seccomp"] = json.load(f)
with open(os.path.join(bundle, "config.json"), "w") as f:
    json.dump(config, f, indent=1)
