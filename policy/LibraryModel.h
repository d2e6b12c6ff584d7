#pragma once

#include "policy/Diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// One syscall a library function makes, and where its arguments come from.
struct ModelSyscall {
  std::string Name;
  /// Present when the function passes its own arguments on: entry I is the
  /// function argument that becomes syscall argument I, or -1 when that
  /// argument is the library's own choice.
  std::optional<std::vector<int>> ArgumentMap;

  friend bool operator==(const ModelSyscall &, const ModelSyscall &) = default;
};

/// What a library's functions do in syscalls: function name -> the syscalls
/// it can make, plus named baselines (syscalls every program needs at a
/// given stage, such as ending the process after main returns).
///
/// Text format (see ModelText.h), one entry per line, `#` starts a comment
/// that says why:
///   epoll_create1: epoll_create1
///   prctl: =prctl                   # a wrapper: arguments passed as they are
///   raise: getpid =tgkill(_,_,0)    # raise's argument 0 is tgkill's argument
///   2 printf puts: write newfstatat   # stdio flushes with write, ...
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
  const std::vector<ModelSyscall> *
  syscallsOf(const std::string &Function) const;
  /// The syscalls of baseline \p Baseline; nullptr when there is none.
  const std::vector<ModelSyscall> *baseline(const std::string &Baseline) const;

private:
  std::string Name;
  std::map<std::string, std::vector<ModelSyscall>> Functions;
  std::map<std::string, std::vector<ModelSyscall>> Baselines;
};

} // namespace sysprune::policy
