// The baselines of the C library a policy is for, for the commands that add
// them to a policy (exec, export) instead of linking a program.

#include "tool/driver/TargetBaselines.h"

#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/LibraryModelOf.h"
#include "policy/core/DiagnosticIds.h"
#include "policy/export/ExportBaselines.h"
#include "policy/library/LibraryModel.h"
#include "policy/link/ProgramLinker.h"
#include "tool/frontend/TranslationUnitScanner.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/StringExtras.h>

namespace sysprune::tool {

namespace {
using policy::binary::RuntimeTarget;

/// The releases a C library identity names (a portable policy's several).
std::vector<std::string> releasesOf(const policy::CLibraryIdentity &Library) {
  std::vector<std::string> Out;
  for (llvm::StringRef R : llvm::split(llvm::StringRef(Library.Release), ' '))
    if (!R.empty())
      Out.push_back(R.str());
  return Out;
}
} // namespace

std::function<std::vector<const policy::LibraryModel *>()>
runtimeLibrariesLoader(RuntimeTarget Target, const std::string &CacheDirectory,
                       std::vector<policy::LibraryModel> &Store,
                       std::optional<std::string> &Error) {
  return [Target, CacheDirectory, &Store, &Error] {
    std::vector<const policy::LibraryModel *> Out;
    auto Runtime = policy::binary::loadRuntimeModels(Target, CacheDirectory,
                                                     scan::toolIdentity());
    if (!Runtime) {
      Error = llvm::toString(Runtime.takeError());
      return Out;
    }
    for (const policy::binary::RuntimeModel &R : *Runtime)
      Store.push_back(policy::binary::libraryModelOf(R.Model));
    for (const policy::LibraryModel &M : Store)
      Out.push_back(&M);
    return Out;
  };
}

std::optional<std::vector<std::string>>
targetBaselineSyscalls(RuntimeTarget Target,
                       const std::vector<std::string> &Baselines,
                       DiagnosticPrinter &Printer) {
  const policy::LibraryModel &Libc = policy::LibraryModel::builtinLibc();
  auto Library = policy::binary::targetCLibrary(Target);
  // The release the hand-checked model was checked against: its baselines,
  // as they are.
  if (!Library || Libc.checkedAgainst(Library->Release))
    return policy::baselineSyscalls(Libc, Baselines);
  // Another: a link with no entry points, whose policy is only the
  // baselines, derived as a program's link derives them.
  policy::LinkOptions Options;
  Options.Entries = {};
  Options.Baselines = Baselines;
  Options.RunsWith = Library;
  std::vector<policy::LibraryModel> Models;
  std::optional<std::string> Error;
  Options.RuntimeLibraries = runtimeLibrariesLoader(Target, "", Models, Error);
  policy::LinkResult Linked =
      policy::linkProgram({}, policy::LibraryModel::builtinLibc(), Options);
  for (const policy::Diagnostic &D : Linked.Diags)
    if (D.Level == policy::Severity::Error)
      Error = D.Message;
  if (Error) {
    Printer.print({policy::Severity::Error,
                   {},
                   "cannot model the runtime libraries: " + *Error,
                   ""});
    return std::nullopt;
  }
  // The hand-checked baselines first, as for their release (they hold for
  // the kernel's part), then what this release's code does besides.
  std::vector<std::string> Names = policy::baselineSyscalls(Libc, Baselines);
  for (const policy::SyscallRule &Rule : Linked.Result.Syscalls)
    if (Rule.Act == policy::Action::Allow)
      for (const std::string &Name : Rule.Names)
        if (!llvm::is_contained(Names, Name))
          Names.push_back(Name);
  return Names;
}

RuntimeTarget policyTarget(const policy::Policy &P,
                           DiagnosticPrinter &Printer) {
  if (!P.Origin || !P.Origin->CLibrary || P.Origin->CLibrary->Release.empty())
    return RuntimeTarget::Installed;
  const std::string &Release = P.Origin->CLibrary->Release;
  for (RuntimeTarget Target :
       {RuntimeTarget::Installed, RuntimeTarget::Debian12,
        RuntimeTarget::Portable})
    if (auto Library = policy::binary::targetCLibrary(Target);
        Library && Library->Release == Release)
      return Target;
  auto Portable = policy::binary::targetCLibrary(RuntimeTarget::Portable);
  std::vector<std::string> Covered =
      Portable ? releasesOf(*Portable) : std::vector<std::string>{};
  if (!llvm::all_of(releasesOf(*P.Origin->CLibrary), [&](const std::string &R) {
        return llvm::is_contained(Covered, R);
      }))
    Printer.print(
        {policy::Severity::Note,
         {},
         "the policy is for " + policy::describeCLibrary(*P.Origin->CLibrary) +
             ", which sysprune has no model of: the loader's "
             "baseline is that of the releases it has (" +
             (Portable ? policy::describeCLibrary(*Portable) : "") + ")",
         policy::diag::LibcModel});
  return RuntimeTarget::Portable;
}

bool runsWithPolicysCLibrary(const policy::Policy &P,
                             const std::string &PolicyPath,
                             DiagnosticPrinter &Printer) {
  const auto &Here = policy::binary::systemCLibrary();
  if (!P.Origin || !P.Origin->CLibrary || P.Origin->CLibrary->Release.empty() ||
      !Here || Here->Release.empty() ||
      llvm::is_contained(releasesOf(*P.Origin->CLibrary), Here->Release))
    return true;
  Printer.print({policy::Severity::Error,
                 {PolicyPath, 0, 0},
                 "the policy was derived for " +
                     policy::describeCLibrary(*P.Origin->CLibrary) +
                     ", but programs here run with glibc " + Here->Release +
                     ", whose functions make other syscalls; scan the "
                     "program here, or with --libc portable",
                 policy::diag::LibcMismatch});
  return false;
}

} // namespace sysprune::tool
