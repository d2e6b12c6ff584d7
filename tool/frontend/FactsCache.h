#pragma once

#include "policy/facts/FactsJson.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace sysprune::scan {

/// Facts of translation units kept on disk between scans. An entry is found
/// by its command key (see commandKey) and used only while every file it was
/// extracted from still has the same contents.
class FactsCache {
public:
  explicit FactsCache(std::string Directory)
      : Directory(std::move(Directory)) {}

  /// The cached facts for \p Key, if every input is unchanged.
  std::optional<policy::TranslationUnitFacts>
  lookup(const std::string &Key) const;
  /// Stores \p Facts under \p Key; a failure only costs a later rescan.
  void store(const std::string &Key,
             const policy::TranslationUnitFacts &Facts) const;

private:
  std::string entryPath(const std::string &Key) const;
  /// The hash of the file at \p Path now; each file is read once per scan,
  /// however many translation units include it.
  std::string currentHash(const std::string &Path) const;

  std::string Directory;
  mutable std::mutex HashesLock;
  mutable std::map<std::string, std::string> Hashes;
};

} // namespace sysprune::scan
