// `sysprune diff`: what a new policy allows that an old one did not, and the
// reverse, with the provenance that says why; for reviews and CI.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"

#include "policy/diff/PolicyDiffJson.h"
#include "policy/diff/PolicyDiffMarkdown.h"
#include "policy/diff/PolicyDiffText.h"

namespace sysprune::tool {

llvm::cl::SubCommand &diffCommand() {
  static llvm::cl::SubCommand Command(
      "diff", "Show what changed between two policies (exit status 0: the "
              "same, 1: different, 2: trouble)");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory DiffCategory("diff options");

enum class Format { Text, Markdown, Json };

cl::opt<std::string> OldPath(cl::Positional, cl::Required,
                             cl::desc("<old.json>"), cl::sub(diffCommand()),
                             cl::cat(DiffCategory));
cl::opt<std::string> NewPath(cl::Positional, cl::Required,
                             cl::desc("<new.json>"), cl::sub(diffCommand()),
                             cl::cat(DiffCategory));
cl::opt<Format> OutputFormat(
    "format", cl::desc("How to write it:"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "for a terminal (the default)"),
               clEnumValN(Format::Markdown, "markdown",
                          "Markdown, for a pull-request comment"),
               clEnumValN(Format::Json, "json",
                          "JSON with sorted keys, for programs")),
    cl::sub(diffCommand()), cl::cat(DiffCategory));
cl::opt<std::string> OutputPath("o",
                                cl::desc("Write it here (default: standard "
                                         "output)"),
                                cl::value_desc("file"), cl::sub(diffCommand()),
                                cl::cat(DiffCategory));
} // namespace

int runDiff() {
  // As diff(1): 0 the same, 1 different, 2 trouble.
  constexpr int Different = 1, Trouble = 2;
  DiagnosticPrinter Printer(llvm::errs(), "sysprune diff");
  auto Old = readPolicyReporting(OldPath, Printer);
  if (!Old)
    return Trouble;
  auto New = readPolicyReporting(NewPath, Printer);
  if (!New)
    return Trouble;
  policy::PolicyDiff Diff = policy::diffPolicies(*Old, *New);
  std::string Output;
  switch (OutputFormat) {
  case Format::Text:
    Output = policy::renderDiffText(Diff, OldPath, NewPath);
    break;
  case Format::Markdown:
    Output = policy::renderDiffMarkdown(Diff, OldPath, NewPath);
    break;
  case Format::Json:
    Output = policy::renderDiffJson(Diff, OldPath, NewPath);
    break;
  }
  if (!writeOutput(OutputPath, Output, "diff", Printer))
    return Trouble;
  return Diff.empty() ? 0 : Different;
}

} // namespace sysprune::tool
