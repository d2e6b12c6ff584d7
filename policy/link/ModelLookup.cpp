// The order in which the link looks functions up in the models: see
// ModelLookup.h and linkProgram.

#include "policy/link/ModelLookup.h"

#include "policy/library/ProgramRuns.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/Demangle/Demangle.h>

#include <algorithm>

namespace sysprune::policy {

std::string displayName(const std::string &LinkageName) {
  return llvm::demangle(LinkageName);
}

std::pair<const LibraryModel *, const std::vector<ModelSyscall> *>
ModelLookup::lookup(const std::string &LinkageName) const {
  for (const LibraryModel *M : Options.Libraries)
    if (auto *S = M->syscallsOf(LinkageName))
      return {M, S};
  for (const LibraryModel *M : LoadedLibraries)
    if (auto *S = M->syscallsOf(LinkageName))
      return {M, S};
  if (LibcChecked) {
    if (auto *S = Libc.syscallsOf(LinkageName))
      return {&Libc, S};
    if (auto *S = Libc.syscallsOfPrefix(displayName(LinkageName)))
      return {&Libc, S};
  }
  for (const LibraryModel *M : runtimeLibraries())
    if (auto *S = M->syscallsOf(LinkageName)) {
      if (!LibcChecked)
        if (auto *Checked = Libc.syscallsOf(LinkageName);
            Checked && agreesWithMachineCode(*M, LinkageName, *S, *Checked))
          return {&Libc, &adapted(LinkageName, *Checked, false)};
      if (!llvm::is_contained(RuntimeLibrariesUsed, M))
        RuntimeLibrariesUsed.push_back(M);
      return {M, S};
    }
  if (!LibcChecked) {
    if (auto *S = Libc.syscallsOf(LinkageName))
      return {&Libc, &adapted(LinkageName, *S, true)};
    if (auto *S = Libc.syscallsOfPrefix(displayName(LinkageName)))
      return {&Libc, &adapted(LinkageName, *S, true)};
  }
  return {nullptr, nullptr};
}

const std::vector<const LibraryModel *> &ModelLookup::runtimeLibraries() const {
  if (!RuntimeLibrariesLoaded && Options.RuntimeLibraries) {
    RuntimeLibraries = Options.RuntimeLibraries();
    RuntimeLibrariesLoaded = true;
  }
  return RuntimeLibraries;
}

bool ModelLookup::runsProgramsAsChecked(const std::string &Function) const {
  const auto *Checked = Libc.syscallsOf(Function);
  if (!Checked)
    Checked = Libc.syscallsOfPrefix(displayName(Function));
  return !Checked || llvm::any_of(*Checked, [](const ModelSyscall &S) {
    return runsAProgram(S.Name);
  });
}

bool ModelLookup::agreesWithMachineCode(
    const LibraryModel &Model, const std::string &Function,
    const std::vector<ModelSyscall> &Machine,
    const std::vector<ModelSyscall> &Checked) {
  if (const auto *Imports = Model.importsOf(Function);
      Imports && !Imports->empty())
    return false;
  return llvm::all_of(Machine, [&](const ModelSyscall &S) {
    return llvm::any_of(
        Checked, [&](const ModelSyscall &C) { return C.Name == S.Name; });
  });
}

const std::vector<ModelSyscall> &
ModelLookup::adapted(const std::string &Function,
                     const std::vector<ModelSyscall> &Checked,
                     bool Widen) const {
  auto [It, New] = Adapted.try_emplace(Function);
  if (!New)
    return It->second;
  std::vector<ModelSyscall> &Out = It->second;
  auto Add = [&Out](ModelSyscall S) {
    if (std::find(Out.begin(), Out.end(), S) == Out.end())
      Out.push_back(std::move(S));
  };
  for (ModelSyscall S : Checked) {
    if (S.ArgumentMap)
      for (ModelArgument &A : *S.ArgumentMap)
        if (A.What == ModelArgument::Kind::Constant)
          A = {};
    if (Widen)
      if (const auto *Others = Libc.alternativesOf(S.Name))
        for (const std::string &Other : *Others)
          Add({Other, std::nullopt});
    Add(std::move(S));
  }
  return Out;
}

} // namespace sysprune::policy
