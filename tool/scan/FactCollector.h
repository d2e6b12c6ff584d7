#pragma once

#include "policy/ProgramFacts.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/Tooling/Tooling.h>

#include <memory>
#include <set>
#include <string>

namespace sysprune::scan {

/// Extracts policy::ProgramFacts from one translation unit: each function the
/// project defines, the functions it calls or takes the address of, and its
/// `syscall(NR, ...)` calls with constant numbers. Code in system headers is
/// not the project's: calls into it are recorded by name for the library
/// models to resolve.
class FactCollectorConsumer : public clang::ASTConsumer {
public:
  FactCollectorConsumer(policy::ProgramFacts &Out,
                        std::set<std::string> &InputFiles)
      : Out(Out), InputFiles(InputFiles) {}
  void HandleTranslationUnit(clang::ASTContext &Context) override;

private:
  policy::ProgramFacts &Out;
  std::set<std::string> &InputFiles;
};

/// Creates one FactCollectorConsumer per translation unit, all adding to the
/// same ProgramFacts, and recording in \p InputFiles every file the
/// translation units read (sources and headers), for build-system depfiles.
std::unique_ptr<clang::tooling::FrontendActionFactory>
newFactCollectorFactory(policy::ProgramFacts &Out,
                        std::set<std::string> &InputFiles);

} // namespace sysprune::scan
