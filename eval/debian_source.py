"""Getting a Debian 12 source package and what its build needs, as root,
idempotently: the deb-src entry for Debian's archive is added when apt has
none, and each step is skipped when its result is already there."""

import shutil
import subprocess
from pathlib import Path

DEB_SRC = Path("/etc/apt/sources.list.d/sysprune-deb-src.sources")
DEB_SRC_TEXT = ("Types: deb-src\nURIs: http://deb.debian.org/debian\n"
                "Suites: bookworm\nComponents: main\n"
                "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def _apt_has_deb_src():
    files = [p for p in Path("/etc/apt").rglob("*") if p.is_file() and
             (p.name.endswith(".list") or p.name.endswith(".sources"))]
    return any("deb-src" in p.read_text(errors="ignore") for p in files)


def install_packages(packages):
    """apt-get installs those of `packages` that dpkg does not list as
    installed."""
    missing = []
    for package in packages:
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True, text=True)
        if "install ok installed" not in status.stdout:
            missing.append(package)
    if missing:
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends"] +
            missing, stdout=subprocess.DEVNULL)


def download(package, work, upstream_is_enough=False):
    """apt-get source --download-only into work; exits with apt's error.
    With upstream_is_enough, a package whose upstream tarball came but
    whose Debian packaging did not (the archive here answers 404 for
    dumb-init's debian.tar.xz) is not an error: False is returned, and the
    caller unpacks the upstream source alone."""
    work.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["apt-get", "source", "--download-only", "-qq", package], cwd=work,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        if (upstream_is_enough and list(work.glob("*.dsc")) and
                list(work.glob("*.orig.tar.*"))):
            print("[debian_source] %s: Debian's packaging did not download; "
                  "using the upstream source alone" % package, flush=True)
            return False
        raise SystemExit("apt-get source %s failed:\n%s" %
                         (package, result.stderr.strip()))
    return True


def ensure_source(package, work):
    """Downloads and unpacks the source package into work/src, once."""
    src = work / "src"
    if src.exists():
        return src
    if not _apt_has_deb_src():
        DEB_SRC.write_text(DEB_SRC_TEXT)
        run(["apt-get", "update", "-qq"])
    if shutil.which("dpkg-source") is None:
        install_packages(["dpkg-dev"])
    complete = download(package, work, upstream_is_enough=True)
    dsc = next(work.glob("*.dsc"))
    unpacked = work / "src.partial"
    shutil.rmtree(unpacked, ignore_errors=True)
    if not complete:
        unpacked.mkdir()
        tarball = next(work.glob("*.orig.tar.*"))
        run(["tar", "-xf", str(tarball), "-C", str(unpacked),
             "--strip-components=1"])
        unpacked.rename(src)
        return src
    # apt checked the files against Debian's signed index; dpkg-source's
    # own warning that it has no key for the uploader's signature is noise.
    unpack = subprocess.run(["dpkg-source", "-x", dsc.name, unpacked.name],
                            cwd=work, capture_output=True, text=True)
    if unpack.returncode != 0:
        raise SystemExit("dpkg-source -x %s failed:\n%s" %
                         (dsc.name, unpack.stderr.strip()))
    unpacked.rename(src)
    return src


def source_file(package, work, member):
    """One file out of a source package's upstream tarball (the Docker
    profile out of docker.io's), without unpacking the rest."""
    target = work / Path(member).name
    if target.exists():
        return target
    if not _apt_has_deb_src():
        DEB_SRC.write_text(DEB_SRC_TEXT)
        run(["apt-get", "update", "-qq"])
    download(package, work)
    for tarball in sorted(work.glob("*.orig.tar.*")):
        listing = subprocess.run(["tar", "-tf", str(tarball)],
                                 capture_output=True, text=True).stdout
        for name in listing.splitlines():
            if name.endswith(member):
                data = run(["tar", "-xOf", str(tarball), name],
                           capture_output=True).stdout
                target.write_bytes(data)
                return target
    raise SystemExit("%s: no %s in its source" % (package, member))
