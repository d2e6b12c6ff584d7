#pragma once

#include "policy/core/Diagnostic.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// Where one syscall argument comes from when a library function makes it.
struct ModelArgument {
  enum class Kind {
    /// The library's own choice, not known.
    Unknown,
    /// The function's argument number Value, passed on.
    FromArgument,
    /// Always Value.
    Constant,
  };
  Kind What = Kind::Unknown;
  uint64_t Value = 0;

  friend bool operator==(const ModelArgument &,
                         const ModelArgument &) = default;
};

/// One syscall a library function makes, and where its arguments come from.
struct ModelSyscall {
  std::string Name;
  /// Present when the model says where the syscall's arguments come from,
  /// entry I for syscall argument I.
  std::optional<std::vector<ModelArgument>> ArgumentMap;

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
///   std::basic_ostream*: write      # every function whose demangled name
///                                   # starts so, unless named exactly
///   checked glibc 2.36              # the releases it was checked against
///   ~newfstatat: fstat statx        # what other releases make instead
///   derive @loader libc.so.6:malloc # a baseline on other releases: what
///                                   # these functions' machine code does
class LibraryModel {
public:
  /// Parses \p Text; on error returns nullopt and adds a diagnostic with
  /// file, line and column to \p Diags. Syscall names are checked against
  /// the native syscall table.
  static std::optional<LibraryModel>
  parse(const std::string &Text, const std::string &File, Diagnostics &Diags);
  /// The model of the C library sysprune was built against, embedded.
  static const LibraryModel &builtinLibc();
  /// What the consumers of exported policies (runc, bwrap) do under the
  /// filter they load, before the program's execve: one baseline each
  /// (policy/models/consumers.model, which scripts/measure-consumers
  /// writes).
  static const LibraryModel &builtinConsumers();
  /// The names of the model's baselines.
  std::vector<std::string> baselineNames() const;
  /// A model of library \p Name from what each of its functions does and
  /// which other libraries' functions it calls (binary::libraryModelOf
  /// derives both from machine code).
  static LibraryModel
  fromFunctions(std::string Name,
                std::map<std::string, std::vector<ModelSyscall>> Functions,
                std::map<std::string, std::vector<std::string>> Imports);

  /// The model's name (its `model NAME` line).
  const std::string &name() const { return Name; }
  /// The syscalls \p Function can make; nullptr when the model does not
  /// describe it.
  const std::vector<ModelSyscall> *
  syscallsOf(const std::string &Function) const;
  /// The syscalls of the longest prefix entry (`std::basic_ostream*`) that
  /// \p DisplayName (a demangled name) starts with; nullptr when none.
  const std::vector<ModelSyscall> *
  syscallsOfPrefix(const std::string &DisplayName) const;
  /// The functions of other libraries \p Function calls; nullptr when the
  /// model does not say (hand-written models include their callees'
  /// syscalls instead).
  const std::vector<std::string> *importsOf(const std::string &Function) const;
  /// The functions the model describes whose names start with \p Prefix
  /// (a name-service module's `_nss_SERVICE_` entry points).
  std::vector<std::string>
  functionsStartingWith(const std::string &Prefix) const;
  /// The syscalls of baseline \p Baseline; nullptr when there is none.
  const std::vector<ModelSyscall> *baseline(const std::string &Baseline) const;

  /// Whether the model was checked against release \p Version of the
  /// library it describes (`checked glibc 2.36`). A model that names no
  /// release holds for any.
  bool checkedAgainst(const std::string &Version) const;
  /// The releases a `checked` line names, joined with ", ".
  std::string checkedReleases() const;
  /// What other releases of the library make instead of \p Syscall for the
  /// same operation (`~newfstatat: fstat statx`); nullptr when none.
  const std::vector<std::string> *
  alternativesOf(const std::string &Syscall) const;
  /// A library function whose machine code stands for a baseline.
  struct BaselineSource {
    std::string Library;
    /// "*": every function of the library.
    std::string Function;
  };
  /// Where baseline \p Baseline is read from on a release the model was
  /// not checked against (`derive @loader ld-linux-x86-64.so.2:*
  /// libc.so.6:__libc_start_main`); nullptr when it holds for any release.
  const std::vector<BaselineSource> *
  derivedBaseline(const std::string &Baseline) const;

private:
  std::string Name;
  std::map<std::string, std::vector<ModelSyscall>> Functions;
  std::map<std::string, std::vector<ModelSyscall>> Baselines;
  std::map<std::string, std::vector<ModelSyscall>> Prefixes;
  std::map<std::string, std::vector<std::string>> Imports;
  std::string CheckedLibrary;
  std::vector<std::string> CheckedVersions;
  std::map<std::string, std::vector<std::string>> Alternatives;
  std::map<std::string, std::vector<BaselineSource>> DerivedBaselines;
};

} // namespace sysprune::policy
