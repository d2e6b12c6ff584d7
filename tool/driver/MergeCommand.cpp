// `sysprune merge`: one policy that allows what any of several allows (a
// program and its plugins, the binaries of one container).

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"

#include "policy/diff/PolicyMerge.h"
#include "policy/json/PolicyReader.h"
#include "policy/json/PolicyWriter.h"

namespace sysprune::tool {

llvm::cl::SubCommand &mergeCommand() {
  static llvm::cl::SubCommand Command(
      "merge", "Merge policies into one that allows what any of them allows");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory MergeCategory("merge options");

cl::list<std::string> PolicyPaths(cl::Positional, cl::OneOrMore,
                                  cl::desc("<policy.json>..."),
                                  cl::sub(mergeCommand()),
                                  cl::cat(MergeCategory));
cl::opt<std::string> OutputPath("o",
                                cl::desc("Write the merged policy here "
                                         "(default: standard output)"),
                                cl::value_desc("file"), cl::sub(mergeCommand()),
                                cl::cat(MergeCategory));
} // namespace

int runMerge() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune merge");
  std::vector<policy::MergeInput> Inputs;
  for (const std::string &Path : PolicyPaths) {
    auto Policy = readPolicyReporting(Path, Printer);
    if (!Policy)
      return 1;
    Inputs.push_back({Path, std::move(*Policy)});
  }
  policy::MergeResult Merged = policy::mergePolicies(Inputs, ToolVersion);
  Printer.print(Merged.Diags);
  if (!Merged.Value)
    return 1;
  return writeOutput(OutputPath, policy::writePolicy(*Merged.Value),
                     "merged policy", Printer)
             ? 0
             : 1;
}

} // namespace sysprune::tool
