// `sysprune show`: a policy as a table people can read in a terminal or a
// review.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"

#include "policy/report/SummaryTable.h"

namespace sysprune::tool {

llvm::cl::SubCommand &showCommand() {
  static llvm::cl::SubCommand Command("show",
                                      "Print a policy as a table of syscalls");
  return Command;
}

namespace {
llvm::cl::opt<std::string> PolicyPath(llvm::cl::Positional, llvm::cl::Required,
                                      llvm::cl::desc("<policy.json>"),
                                      llvm::cl::sub(showCommand()));
} // namespace

int runShow() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune show");
  auto Policy = readPolicyReporting(PolicyPath, Printer);
  if (!Policy)
    return 1;
  llvm::outs() << PolicyPath << ":\n" << policy::renderSummaryTable(*Policy);
  return 0;
}

} // namespace sysprune::tool
