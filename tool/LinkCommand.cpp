// `sysprune link`: combines facts files written by `sysprune scan-tu` into a
// whole-program policy, exactly as `sysprune scan` does after scanning.

#include "CommandSupport.h"
#include "Commands.h"
#include "LinkStep.h"

#include "policy/FactsJson.h"

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
  for (const std::string &Path : FactsFiles) {
    auto Text = readInput(Path, "the facts file", Printer);
    if (!Text)
      return 1;
    policy::Diagnostics Diags;
    auto TU = policy::readFacts(*Text, Path, Diags);
    Printer.print(Diags);
    if (!TU)
      return 1;
    if (TU->ToolVersion != SYSPRUNE_VERSION) {
      Printer.print({policy::Severity::Error,
                     {Path, 0, 0},
                     "written by sysprune " + TU->ToolVersion +
                         ", not this one (" + SYSPRUNE_VERSION +
                         "); run scan-tu again",
                     ""});
      return 1;
    }
    Sources.push_back(TU->MainFile);
    for (const policy::InputFile &Input : TU->Inputs)
      Inputs.insert(Input.Path);
    Facts.merge(std::move(TU->Facts));
  }
  return linkAndWritePolicy(Facts, Sources, Inputs,
                            countOf(FactsFiles.size(), "facts file"), Printer);
}

} // namespace sysprune::tool
