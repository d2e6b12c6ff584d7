#pragma once

#include "policy/Diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// What a library's functions do in syscalls: function name -> the syscalls
/// it can make, plus named baselines (syscalls every program needs at a
/// given stage, such as ending the process after main returns).
///
/// Text format, one entry per line, `#` starts a comment that says why:
///   epoll_create1: epoll_create1
///   printf puts: write newfstatat   # stdio flushes with write, ...
///   @runtime: exit_group            # a baseline
class LibraryModel {
public:
  /// Parses \p Text; on error returns nullopt and adds a diagnostic with
  /// file, line and column to \p Diags. Syscall names are checked against
  /// the native syscall table.
  static std::optional<LibraryModel>
  parse(const std::string &Text, const std::string &File, Diagnostics &Diags);
  /// The model of the C library sysprune was built against, embedded.
  static const LibraryModel &builtinLibc();

  /// The model's name (its `model NAME` line).
  const std::string &name() const { return Name; }
  /// The syscalls \p Function can make; nullptr when the model does not
  /// describe it.
  const std::vector<std::string> *syscallsOf(const std::string &Function) const;
  /// The syscalls of baseline \p Baseline; nullptr when there is none.
  const std::vector<std::string> *baseline(const std::string &Baseline) const;

private:
  std::string Name;
  std::map<std::string, std::vector<std::string>> Functions;
  std::map<std::string, std::vector<std::string>> Baselines;
};

} // namespace sysprune::policy
