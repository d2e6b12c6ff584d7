#include "policy/binary/LibraryIdentity.h"

#include "policy/binary/BinaryImage.h"
#include "policy/binary/LinkedLibraries.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Object/BuildID.h>
#include <llvm/Object/ObjectFile.h>

namespace sysprune::policy::binary {

namespace {
/// The GNU C library and its loader name their release in a string that
/// `ldd --version` and `libc.so.6` print: "GNU C Library (Debian GLIBC
/// 2.41-12+deb13u5) stable release version 2.41." or "ld.so (...) stable
/// release version 2.41.". Reads the release and the build in brackets.
void readReleaseString(llvm::StringRef Contents, CLibraryIdentity &Out) {
  constexpr llvm::StringLiteral Marker = " release version ";
  size_t At = Contents.find(Marker);
  if (At == llvm::StringRef::npos)
    return;
  llvm::StringRef Version = Contents.drop_front(At + Marker.size());
  Version =
      Version.take_while([](char C) { return llvm::isDigit(C) || C == '.'; });
  Out.Release = Version.rtrim('.').str();
  // The build: the bracketed text before the marker, on the same string.
  llvm::StringRef Before = Contents.take_front(At);
  size_t Close = Before.rfind(')');
  size_t Open = Before.rfind('(');
  size_t StringStart = Before.rfind('\0');
  if (Close != llvm::StringRef::npos && Open != llvm::StringRef::npos &&
      Open < Close &&
      (StringStart == llvm::StringRef::npos || StringStart < Open))
    Out.Build = Before.slice(Open + 1, Close).str();
}
} // namespace

llvm::Expected<CLibraryIdentity> identifyLibrary(const std::string &Path) {
  auto Owning = llvm::object::ObjectFile::createObjectFile(Path);
  if (!Owning)
    return Owning.takeError();
  const llvm::object::ObjectFile *Object = Owning->getBinary();
  CLibraryIdentity Out;
  auto Info = readLinkInfo(Path);
  if (!Info)
    return Info.takeError();
  Out.Soname = Info->Soname;
  Out.BuildId = llvm::toHex(llvm::object::getBuildID(Object),
                            /*LowerCase=*/true);
  readReleaseString(Object->getData(), Out);
  return Out;
}

const std::optional<CLibraryIdentity> &systemCLibrary() {
  static const std::optional<CLibraryIdentity> Found =
      []() -> std::optional<CLibraryIdentity> {
    auto Path = findSystemLibrary("libc.so.6");
    if (!Path)
      return std::nullopt;
    auto Identity = identifyLibrary(*Path);
    if (!Identity) {
      // Unreadable: a C library of no known release, modelled from its
      // machine code.
      llvm::consumeError(Identity.takeError());
      return CLibraryIdentity{"libc.so.6", "", "", ""};
    }
    return *Identity;
  }();
  return Found;
}

} // namespace sysprune::policy::binary
