#pragma once

#include "policy/core/Diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// An argument that selects what a syscall does.
struct Selector {
  unsigned Index = 0;
  /// A bit set: rules allow any combination of the bits seen.
  bool IsFlags = false;

  friend bool operator==(const Selector &, const Selector &) = default;
};

/// Which arguments of which syscalls select the operation; see
/// policy/models/argument-selectors.model.
class ArgumentSelectors {
public:
  /// Parses the model text; on error returns nullopt and adds a located
  /// diagnostic to \p Diags.
  static std::optional<ArgumentSelectors>
  parse(const std::string &Text, const std::string &File, Diagnostics &Diags);
  /// The table sysprune was built with, embedded.
  static const ArgumentSelectors &builtin();

  /// The selectors of \p Syscall; nullptr when it has none.
  const std::vector<Selector> *of(const std::string &Syscall) const;

private:
  std::map<std::string, std::vector<Selector>> Table;
};

} // namespace sysprune::policy
