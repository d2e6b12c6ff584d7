#include "policy/binary/RuntimeModels.h"

#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/LinkedLibraries.h"

#include <llvm/Support/MemoryBuffer.h>

namespace sysprune::policy::binary {

namespace {
#include "RuntimeModels.inc"

/// The checked-in models of \p Target (not Installed): soname, then JSON.
llvm::ArrayRef<const char *const [2]> checkedInModels(RuntimeTarget Target) {
  if (Target == RuntimeTarget::Portable)
    return PortableRuntimeModels;
  return CheckedInRuntimeModels;
}
} // namespace

llvm::Expected<std::string> sha256OfFile(const std::string &Path) {
  auto Contents = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  if (!Contents)
    return llvm::errorCodeToError(Contents.getError());
  return sha256Hex((*Contents)->getBuffer());
}

llvm::Expected<std::vector<RuntimeModel>>
loadRuntimeModels(RuntimeTarget Target, const std::string &CacheDirectory,
                  const std::string &ToolIdentity) {
  std::vector<RuntimeModel> Out;
  for (const auto &[Soname, Text] : checkedInModels(Target)) {
    RuntimeModel M;
    auto CheckedIn = readBinaryModel(Text);
    if (!CheckedIn)
      return CheckedIn.takeError();
    auto Path = findSystemLibrary(Soname);
    if (Path && Target == RuntimeTarget::Installed) {
      M.InstalledPath = *Path;
      auto Sha = sha256OfFile(*Path);
      if (!Sha)
        return Sha.takeError();
      if (*Sha != CheckedIn->Sha256) {
        // Another build of the library (a newer point release, say): its
        // own machine code says what it does.
        auto Derived =
            buildBinaryModelCached(*Path, CacheDirectory, ToolIdentity);
        if (!Derived)
          return Derived.takeError();
        M.Model = std::move(*Derived);
        Out.push_back(std::move(M));
        continue;
      }
    }
    M.Model = std::move(*CheckedIn);
    M.CheckedIn = true;
    Out.push_back(std::move(M));
  }
  return Out;
}

namespace {
/// The identity the checked-in libc model of \p Target names (read once: it
/// is a megabyte of JSON).
std::optional<CLibraryIdentity> checkedInCLibrary(RuntimeTarget Target) {
  for (const auto &[Soname, Text] : checkedInModels(Target)) {
    if (llvm::StringRef(Soname) != "libc.so.6")
      continue;
    auto Model = readBinaryModel(Text);
    if (!Model) {
      // Checked in and read by the tests: cannot fail but for a broken
      // build, which then names no release.
      llvm::consumeError(Model.takeError());
      return CLibraryIdentity{Soname, "", "", ""};
    }
    return Model->Identity;
  }
  return std::nullopt;
}
} // namespace

std::optional<CLibraryIdentity> targetCLibrary(RuntimeTarget Target) {
  if (Target == RuntimeTarget::Installed)
    return systemCLibrary();
  static const std::optional<CLibraryIdentity> Debian12 =
      checkedInCLibrary(RuntimeTarget::Debian12);
  static const std::optional<CLibraryIdentity> Portable =
      checkedInCLibrary(RuntimeTarget::Portable);
  return Target == RuntimeTarget::Portable ? Portable : Debian12;
}

} // namespace sysprune::policy::binary
