#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/facts/ProgramFacts.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// One file the facts were extracted from, with a hash of its contents so
/// that a cache can tell whether the facts still hold.
struct InputFile {
  std::string Path;
  std::string Hash;
  friend auto operator<=>(const InputFile &, const InputFile &) = default;
};

/// The facts of one translation unit as `sysprune scan-tu` writes them and
/// `sysprune link` reads them.
struct TranslationUnitFacts {
  std::string ToolVersion;
  /// The translation unit's main source file.
  std::string MainFile;
  /// Every file parsed for it (main file and headers).
  std::vector<InputFile> Inputs;
  ProgramFacts Facts;
};

/// Serialises \p TU as compact JSON.
std::string writeFacts(const TranslationUnitFacts &TU);

/// Parses a facts file written by writeFacts; on error returns nullopt and
/// adds one diagnostic naming \p File to \p Diags.
std::optional<TranslationUnitFacts>
readFacts(const std::string &Text, const std::string &File, Diagnostics &Diags);

} // namespace sysprune::policy
