// `sysprune link`: combines facts files written by `sysprune scan-tu` into a
// whole-program policy, exactly as `sysprune scan` does after scanning.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/FactsFiles.h"
#include "tool/driver/LinkStep.h"

namespace sysprune::tool {

llvm::cl::SubCommand &linkCommand() {
  static llvm::cl::SubCommand Command(
      "link", "Link facts files from scan-tu into a policy");
  return Command;
}

namespace {
llvm::cl::list<std::string> FactsFiles(llvm::cl::Positional,
                                       llvm::cl::OneOrMore,
                                       llvm::cl::desc("<file.facts.json>..."),
                                       llvm::cl::sub(linkCommand()));
} // namespace

int runLink() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune link");
  if (!checkLinkOptions(Printer))
    return 1;
  policy::ProgramFacts Facts;
  std::vector<std::string> Sources;
  std::set<std::string> Inputs;
  if (!readFactsFiles(FactsFiles, Facts, Sources, Inputs, Printer))
    return 1;
  return linkAndWritePolicy(Facts, Sources, Inputs,
                            countOf(FactsFiles.size(), "facts file"), Printer);
}

} // namespace sysprune::tool
