#pragma once

#include "policy/library/LibraryModel.h"
#include "policy/link/ProgramLinker.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sysprune::policy {

/// A linkage name as people write it: C++ symbols demangled.
std::string displayName(const std::string &LinkageName);

/// Which model describes a function the program calls, for the link: the
/// models of the program's other libraries, the C library's hand-checked
/// model, the runtime libraries' machine code, in the order that holds for
/// the C library release the program runs with (LinkOptions::RunsWith).
class ModelLookup {
public:
  ModelLookup(const LibraryModel &Libc, const LinkOptions &Options)
      : Libc(Libc), Options(Options),
        LibcChecked(!Options.RunsWith ||
                    Libc.checkedAgainst(Options.RunsWith->Release)) {}

  /// The model that describes \p LinkageName and its syscalls: the other
  /// libraries' models first, then the C library's hand-checked one
  /// (exactly, then by the prefix of the demangled name), then the runtime
  /// libraries' machine code. For a C library release the hand-checked
  /// model was not checked against, the machine code comes first (see
  /// linkProgram).
  std::pair<const LibraryModel *, const std::vector<ModelSyscall> *>
  lookup(const std::string &LinkageName) const;

  /// The runtime libraries' models, loaded the first time they are needed.
  const std::vector<const LibraryModel *> &runtimeLibraries() const;

  /// Whether \p Model is the C library's: its hand-checked model, or the
  /// machine code of the C library the program runs with.
  bool isCLibrary(const LibraryModel *Model) const {
    return Model == &Libc || (Model && Options.RunsWith &&
                              Model->name() == Options.RunsWith->Soname);
  }

  /// The hand-checked model holds for the C library the program runs with.
  bool libcChecked() const { return LibcChecked; }

  /// Whether \p Function may run programs as far as the hand-checked model
  /// knows: it lists execve for it, or does not describe it.
  bool runsProgramsAsChecked(const std::string &Function) const;

  /// The C library's hand-checked model.
  const LibraryModel &cLibrary() const { return Libc; }

  /// The runtime libraries' models, once lookup() has needed them, and
  /// each one it has found a function in (in the order they were).
  mutable std::vector<const LibraryModel *> RuntimeLibraries;
  mutable bool RuntimeLibrariesLoaded = false;
  mutable std::vector<const LibraryModel *> RuntimeLibrariesUsed;

  /// The models of the name-service modules the link follows and of the
  /// libraries they load, searched after Options.Libraries.
  std::vector<const LibraryModel *> LoadedLibraries;

private:
  /// Whether another release's machine code of \p Function (\p Machine, in
  /// \p Model) makes nothing the hand-checked entry \p Checked does not
  /// list, and calls into no other library: the entry then holds there.
  static bool agreesWithMachineCode(const LibraryModel &Model,
                                    const std::string &Function,
                                    const std::vector<ModelSyscall> &Machine,
                                    const std::vector<ModelSyscall> &Checked);

  /// A hand-checked entry as it holds on another release: arguments a
  /// function passes on stay, but the constants it chooses are that
  /// release's (dropped); \p Widen adds what other releases make for the
  /// same operations (the model's alternatives).
  const std::vector<ModelSyscall> &
  adapted(const std::string &Function, const std::vector<ModelSyscall> &Checked,
          bool Widen) const;

  const LibraryModel &Libc;
  const LinkOptions &Options;
  const bool LibcChecked;
  mutable std::map<std::string, std::vector<ModelSyscall>> Adapted;
};

} // namespace sysprune::policy
