#pragma once

#include "policy/core/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// A path many functions of a library share but a program rarely takes
/// (glibc's abort on a failed check, thread cancellation): modelled once,
/// under its name, instead of inside every function that can reach it.
struct PathGroup {
  /// "@fatal".
  std::string Name;
  /// The group is what these functions do.
  std::vector<std::string> From;
  /// Calls to these enter the group; what they do besides is not modelled.
  std::vector<std::string> EnteredAt;
  /// The group is needed only by programs that call one of these; empty:
  /// by every program that reaches it.
  std::vector<std::string> NeededFor;
};

/// The groups of one library (by soname).
struct PathGroups {
  std::string Library;
  std::vector<PathGroup> Groups;

  /// Parses the text format (see policy/models/*.groups); on error returns
  /// nullopt and adds a diagnostic with file, line and column to \p Diags.
  static std::optional<PathGroups>
  parse(const std::string &Text, const std::string &File, Diagnostics &Diags);
};

/// The built-in groups for the library called \p Soname; nullptr when there
/// are none.
const PathGroups *builtinPathGroupsFor(const std::string &Soname);

} // namespace sysprune::policy::binary
