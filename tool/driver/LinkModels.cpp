// The models a link reads besides the C library's hand-checked one: the
// program's libraries, its runtime libraries and the name-service modules
// its lookups load, all from their machine code.

#include "tool/driver/LinkModels.h"

#include "tool/driver/TargetBaselines.h"

#include "policy/binary/LibraryModelOf.h"
#include "policy/binary/LinkedLibraries.h"
#include "policy/binary/ModelBuilder.h"
#include "tool/frontend/TranslationUnitScanner.h"

namespace sysprune::tool {

namespace {
/// The model of the library at \p Path, from its machine code (or from
/// \p ModelCache, where models are kept by the library's contents).
llvm::Expected<policy::binary::BinaryModel>
binaryModelOf(const std::string &Path, const std::string &ModelCache) {
  return policy::binary::buildBinaryModelCached(Path, ModelCache,
                                                scan::toolIdentity());
}

/// Models each library in \p ToModel into \p Models; false, with the
/// error printed, when one cannot be.
bool modelLibraries(const std::vector<std::string> &ToModel,
                    const std::string &ModelCache, DiagnosticPrinter &Printer,
                    std::vector<policy::LibraryModel> &Models) {
  for (const std::string &Path : ToModel) {
    auto Binary = binaryModelOf(Path, ModelCache);
    if (!Binary) {
      Printer.print(
          {policy::Severity::Error,
           {Path, 0, 0},
           "cannot model the library: " + llvm::toString(Binary.takeError()),
           ""});
      return false;
    }
    Models.push_back(policy::binary::libraryModelOf(*Binary));
  }
  return true;
}

/// Sets \p Options to model, when the link needs them, \p Target's runtime
/// libraries and the name-service modules glibc loads, into \p Models.
void modelLibrariesWhenNeeded(policy::binary::RuntimeTarget Target,
                              const std::string &ModelCache, LinkModels &Models,
                              policy::LinkOptions &Options) {
  // What the hand-checked libc model does not describe, the C library's,
  // loader's and C++ runtime's machine code does.
  Options.RuntimeLibraries = runtimeLibrariesLoader(
      Target, ModelCache, Models.Runtime, Models.RuntimeError);
  // The name-service modules glibc loads for the program's lookups, with
  // the libraries they load; one that cannot be modelled stays a warning.
  Options.ModelLibrary = [&Loaded = Models.NameServiceModules,
                          ModelCache](const std::string &Path) {
    std::vector<const policy::LibraryModel *> Out;
    std::vector<std::string> Paths{Path};
    if (auto Linked = policy::binary::findLinkedLibraries(Path))
      Paths.insert(Paths.end(), Linked->ToModel.begin(), Linked->ToModel.end());
    else
      llvm::consumeError(Linked.takeError());
    for (const std::string &P : Paths) {
      auto Binary = binaryModelOf(P, ModelCache);
      if (!Binary) {
        // The module itself: not modelled (a warning); a library it loads:
        // its functions are reported as unmodelled where the module calls
        // them.
        llvm::consumeError(Binary.takeError());
        if (Out.empty())
          return Out;
        continue;
      }
      Out.push_back(
          &Loaded.emplace_back(policy::binary::libraryModelOf(*Binary)));
    }
    return Out;
  };
}
} // namespace

bool loadLinkModels(const std::vector<std::string> &ToModel,
                    policy::binary::RuntimeTarget Target,
                    const std::string &ModelCache, DiagnosticPrinter &Printer,
                    LinkModels &Models, policy::LinkOptions &Options) {
  if (!modelLibraries(ToModel, ModelCache, Printer, Models.Libraries))
    return false;
  for (const policy::LibraryModel &M : Models.Libraries)
    Options.Libraries.push_back(&M);
  modelLibrariesWhenNeeded(Target, ModelCache, Models, Options);
  return true;
}

} // namespace sysprune::tool
