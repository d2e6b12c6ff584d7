#pragma once

#include "policy/core/Diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sysprune::policy {

/// Maps JSON pointers ("/syscalls/3/names/0") to where their values start in
/// the text, so that errors found after parsing can name a line and column.
///
/// nlohmann::json (3.11, Debian 12) keeps no source positions, so this walks
/// the text once more. It only runs on text nlohmann has already accepted,
/// which keeps it a position index rather than a second parser.
class JsonLocator {
public:
  JsonLocator(std::string File, std::string_view Text);

  /// Where the value at \p Pointer starts; for a missing member, where its
  /// parent object starts. The whole document's start when nothing matches.
  SourceLocation locate(const std::string &Pointer) const;
  /// The location of byte \p Offset (0-based) in the text.
  SourceLocation locateOffset(size_t Offset) const;

  /// A member an object repeats; like nlohmann, locate() takes the last.
  struct RepeatedKey {
    std::string Pointer;
    std::string Key;
    size_t FirstOffset;
  };
  /// Every repeated member, in the order of the text.
  const std::vector<RepeatedKey> &repeatedKeys() const { return Repeated; }

private:
  size_t skipValue(size_t Pos, const std::string &Pointer);
  size_t skipSpace(size_t Pos) const;
  size_t skipString(size_t Pos) const;

  std::string File;
  std::string_view Text;
  std::unordered_map<std::string, size_t> Offsets;
  std::vector<RepeatedKey> Repeated;
};

/// The line and column (1-based) of byte \p Offset (0-based) in \p Text.
SourceLocation locationOfOffset(const std::string &File, std::string_view Text,
                                size_t Offset);

/// Parses \p Text into \p Out; on failure, the error at the start of the
/// offending token of \p File, with what was expected.
std::optional<Diagnostic> parseLocated(std::string_view Text,
                                       const std::string &File,
                                       nlohmann::json &Out);

/// Escapes a key for use as one JSON pointer segment (RFC 6901).
std::string escapePointerSegment(std::string_view Key);

} // namespace sysprune::policy
