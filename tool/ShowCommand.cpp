// `sysprune show`: a policy as a table people can read in a terminal or a
// review.

#include "Commands.h"
#include "DiagnosticPrinter.h"

#include "policy/PolicyJson.h"
#include "policy/SummaryTable.h"

namespace sysprune::tool {

llvm::cl::SubCommand ShowCommand("show",
                                 "Print a policy as a table of syscalls");

namespace {
llvm::cl::opt<std::string> PolicyPath(llvm::cl::Positional, llvm::cl::Required,
                                      llvm::cl::desc("<policy.json>"),
                                      llvm::cl::sub(ShowCommand));
} // namespace

int runShow() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune show");
  policy::ReadResult Read = policy::readPolicyFile(PolicyPath);
  Printer.print(Read.Diags);
  if (!Read.Value)
    return 1;
  llvm::outs() << PolicyPath << ":\n"
               << policy::renderSummaryTable(*Read.Value);
  return 0;
}

} // namespace sysprune::tool
