#include "tool/frontend/FactsCache.h"

#include "tool/frontend/FactCollector.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/raw_ostream.h>

namespace sysprune::scan {

std::string FactsCache::entryPath(const std::string &Key) const {
  return Directory + "/" + contentHash(Key) + ".facts.json";
}

std::optional<policy::TranslationUnitFacts>
FactsCache::lookup(const std::string &Key) const {
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(Key));
  if (!Buffer)
    return std::nullopt;
  policy::Diagnostics Ignored; // a broken entry is a miss
  auto Facts =
      policy::readFacts((*Buffer)->getBuffer().str(), entryPath(Key), Ignored);
  if (!Facts || Facts->ToolVersion != SYSPRUNE_VERSION)
    return std::nullopt;
  for (const policy::InputFile &Input : Facts->Inputs)
    if (currentHash(Input.Path) != Input.Hash)
      return std::nullopt;
  return Facts;
}

std::string FactsCache::currentHash(const std::string &Path) const {
  {
    std::lock_guard<std::mutex> Lock(HashesLock);
    if (auto It = Hashes.find(Path); It != Hashes.end())
      return It->second;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  // A file that cannot be read matches no recorded hash.
  std::string Hash =
      Buffer ? contentHash((*Buffer)->getBuffer()) : "<unreadable>";
  std::lock_guard<std::mutex> Lock(HashesLock);
  return Hashes.emplace(Path, Hash).first->second;
}

void FactsCache::store(const std::string &Key,
                       const policy::TranslationUnitFacts &Facts) const {
  if (llvm::sys::fs::create_directories(Directory))
    return;
  std::string Text = policy::writeFacts(Facts);
  // Written to a temporary file and renamed, so a concurrent reader never
  // sees half an entry.
  llvm::consumeError(llvm::writeToOutput(
      entryPath(Key), [&](llvm::raw_ostream &OS) -> llvm::Error {
        OS << Text;
        return llvm::Error::success();
      }));
}

} // namespace sysprune::scan
