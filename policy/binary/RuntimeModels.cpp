#include "policy/binary/RuntimeModels.h"

#include "policy/binary/LinkedLibraries.h"

#include <llvm/Support/MemoryBuffer.h>

namespace sysprune::policy::binary {

namespace {
#include "RuntimeModels.inc"
} // namespace

llvm::Expected<std::string> sha256OfFile(const std::string &Path) {
  auto Contents = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  if (!Contents)
    return llvm::errorCodeToError(Contents.getError());
  return sha256Hex((*Contents)->getBuffer());
}

llvm::Expected<std::vector<RuntimeModel>>
loadRuntimeModels(const std::string &CacheDirectory,
                  const std::string &ToolIdentity) {
  std::vector<RuntimeModel> Out;
  for (const auto &[Soname, Text] : CheckedInRuntimeModels) {
    RuntimeModel M;
    auto CheckedIn = readBinaryModel(Text);
    if (!CheckedIn)
      return CheckedIn.takeError();
    if (auto Path = findSystemLibrary(Soname)) {
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

} // namespace sysprune::policy::binary
