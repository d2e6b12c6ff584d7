#pragma once

#include "policy/FactsJson.h"

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

  std::string Directory;
};

} // namespace sysprune::scan
