#pragma once

#include "policy/facts/ProgramFacts.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/Tooling/Tooling.h>

#include <map>
#include <memory>
#include <string>

namespace sysprune::scan {

/// Absolute path -> content hash of every file a scan read.
using InputHashes = std::map<std::string, std::string>;

/// A short hex digest of \p Data, the hash recorded for inputs.
std::string contentHash(llvm::StringRef Data);

/// Extracts policy::ProgramFacts from one translation unit: each function the
/// project defines, the functions it calls or takes the address of, and its
/// `syscall(NR, ...)` calls with constant numbers. Code in system headers is
/// not the project's: calls into it are recorded by name for the library
/// models to resolve.
class FactCollectorConsumer : public clang::ASTConsumer {
public:
  FactCollectorConsumer(policy::ProgramFacts &Out, InputHashes &Inputs)
      : Out(Out), Inputs(Inputs) {}
  void HandleTranslationUnit(clang::ASTContext &Context) override;

private:
  policy::ProgramFacts &Out;
  InputHashes &Inputs;
};

/// Creates one FactCollectorConsumer per translation unit, all adding to the
/// same ProgramFacts, and recording in \p Inputs every file the translation
/// units read (sources and headers) with a hash of its contents, for caches
/// and build-system depfiles.
std::unique_ptr<clang::tooling::FrontendActionFactory>
newFactCollectorFactory(policy::ProgramFacts &Out, InputHashes &Inputs);

} // namespace sysprune::scan
