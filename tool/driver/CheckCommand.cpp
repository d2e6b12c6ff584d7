// `sysprune check`: the build-step lint. Scans the code (or links facts
// files from `sysprune scan-tu`), compares what it needs with a committed
// policy, runs the lint checks, and reports the findings as the compiler
// does, as JSON or as SARIF. Exit status: 0 without an error-level finding,
// 1 with one, 2 when the check could not be made.

#include "tool/driver/CheckSelection.h"
#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/CompilationInput.h"
#include "tool/driver/FactsFiles.h"
#include "tool/driver/FixApplier.h"
#include "tool/driver/LinkStep.h"
#include "tool/driver/ScanStep.h"

#include "policy/check/FindingsJson.h"
#include "policy/check/FindingsSarif.h"
#include "policy/check/LintDecisions.h"
#include "policy/check/PolicyChecks.h"
#include "policy/json/PolicyReader.h"

namespace sysprune::tool {

llvm::cl::SubCommand &checkCommand() {
  static llvm::cl::SubCommand Command(
      "check", "Check that the code needs nothing beyond a committed policy, "
               "and run the lint checks");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory CheckCategory("check options");

enum class ReportFormat { Text, Json, Sarif };

cl::opt<std::string>
    PolicyPath("policy",
               cl::desc("The committed policy the code must not need more than "
                        "(without it, only the lint checks run)"),
               cl::value_desc("policy.json"), cl::sub(checkCommand()),
               cl::cat(CheckCategory));
cl::opt<std::string> CheckBuild(
    "p",
    cl::desc("Scan this build directory's compile_commands.json (as sysprune "
             "scan does) instead of reading facts files"),
    cl::value_desc("build-dir"), cl::sub(checkCommand()),
    cl::cat(CheckCategory));
cl::list<std::string>
    Inputs(cl::Positional,
           cl::desc("[files...] to scan with -p, or FILE.facts.json... "
                    "written by sysprune scan-tu"),
           cl::sub(checkCommand()), cl::cat(CheckCategory));
cl::opt<std::string> ChecksOption(
    "checks",
    cl::desc("Which checks run, as clang-tidy's list: globs separated by "
             "commas, '-' before one disables it, later ones win (default: "
             "all)"),
    cl::value_desc("globs"), cl::sub(checkCommand()), cl::cat(CheckCategory));
cl::opt<bool>
    Hardened("hardened",
             cl::desc("The program is hardened by sysprune (sysprune_harden "
                      "passes this): lint checks that depend on it apply"),
             cl::sub(checkCommand()), cl::cat(CheckCategory));
cl::opt<ReportFormat> Format(
    "format", cl::desc("How to report the findings"),
    cl::values(clEnumValN(ReportFormat::Text, "text",
                          "as the compiler prints diagnostics (default)"),
               clEnumValN(ReportFormat::Json, "json", "JSON, for scripts"),
               clEnumValN(ReportFormat::Sarif, "sarif",
                          "SARIF 2.1.0, for code scanning in CI")),
    cl::init(ReportFormat::Text), cl::sub(checkCommand()),
    cl::cat(CheckCategory));
cl::opt<std::string> ReportPath(
    "o", cl::desc("Write the report here (default: standard output)"),
    cl::value_desc("report"), cl::sub(checkCommand()), cl::cat(CheckCategory));
cl::opt<bool> Fix("fix",
                  cl::desc("Apply the fix-its of the findings to the sources"),
                  cl::sub(checkCommand()), cl::cat(CheckCategory));
cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List the checks --checks selects, and "
                                  "exit"),
                         cl::sub(checkCommand()), cl::cat(CheckCategory));

/// Exit statuses.
constexpr int Passed = 0, Failed = 1, CouldNotCheck = 2;

/// Every check sysprune knows: the policy checks, then the lint checks.
std::vector<policy::CheckInfo> allChecks() {
  std::vector<policy::CheckInfo> All = policy::policyChecks();
  const auto &Lint = policy::lintChecks();
  All.insert(All.end(), Lint.begin(), Lint.end());
  return All;
}

bool isPolicyCheck(const std::string &Name) {
  for (const policy::CheckInfo &C : policy::policyChecks())
    if (C.Name == Name)
      return true;
  return false;
}

/// The program's facts: scanned with -p, or linked from facts files.
std::optional<ScannedProgram> programFacts(DiagnosticPrinter &Printer) {
  if (!CheckBuild.empty())
    return scanBuild(CheckBuild, Inputs, Printer);
  if (Inputs.empty()) {
    Printer.print({policy::Severity::Error,
                   {},
                   "name the code to check: a build directory (-p "
                   "build-dir) or facts files from sysprune scan-tu",
                   ""});
    return std::nullopt;
  }
  ScannedProgram Program;
  if (!readFactsFiles(Inputs, Program.Facts, Program.Sources, Program.Inputs,
                      Printer))
    return std::nullopt;
  return Program;
}

/// The findings as the compiler prints diagnostics, fix-its as notes.
std::string renderText(const policy::Findings &All, bool Colour) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS.enable_colors(Colour);
  DiagnosticPrinter Printer(OS, "sysprune check");
  for (const policy::Finding &F : All) {
    Printer.print(F.Main);
    Printer.print(F.Notes);
    for (const policy::FixIt &Fix : F.Fixes)
      Printer.print({policy::Severity::Note, Fix.Begin,
                     Fix.Begin == Fix.End
                         ? "fix-it: insert '" + Fix.Replacement + "'"
                         : "fix-it: replace up to column " +
                               std::to_string(Fix.End.Column) + " with '" +
                               Fix.Replacement + "'",
                     ""});
  }
  return Out;
}

/// The committed policy (--policy), and its text, which findings point
/// into.
struct CommittedPolicy {
  policy::Policy Value;
  std::string Text;
};

/// Reads --policy into \p Committed, which stays empty without it; false,
/// with the error printed, when it cannot be read.
bool readCommittedPolicy(std::optional<CommittedPolicy> &Committed,
                         DiagnosticPrinter &Printer) {
  if (PolicyPath.empty())
    return true;
  auto Text = readInput(PolicyPath, "the committed policy", Printer);
  if (!Text)
    return false;
  auto Value = readPolicyReporting(PolicyPath, Printer);
  if (!Value)
    return false;
  Committed = CommittedPolicy{std::move(*Value), std::move(*Text)};
  return true;
}

/// What \p Program needs beyond \p Committed, and what no model describes;
/// nullopt, with the errors printed, when the program cannot be linked.
std::optional<policy::Findings> policyFindings(const CommittedPolicy &Committed,
                                               const ScannedProgram &Program,
                                               DiagnosticPrinter &Printer) {
  // Absolute paths, so that diagnostics show the source line and --fix
  // finds the file wherever the check runs.
  std::vector<policy::Diagnostic> Unmodelled;
  auto Linked = linkFromCommandLine(
      Program.Facts, Program.Sources, /*KeepAbsolutePaths=*/true, Printer,
      Program.Libraries, Program.CacheDirectory, Hardened, &Unmodelled);
  if (!Linked)
    return std::nullopt;
  policy::Findings All = policy::checkPolicy(Committed.Value, PolicyPath,
                                             Committed.Text, Linked->Result);
  // What no model describes: a finding of its own, an error where the
  // program enforces its policy itself (the link made it one).
  for (policy::Diagnostic &D : Unmodelled) {
    if (D.Level == policy::Severity::Note)
      continue; // accepted with --allow-unmodelled
    D.Check = "policy-unmodelled";
    All.push_back({std::move(D), {}, {}});
  }
  return All;
}

/// The findings of the checks \p Selection enables: the policy checks'
/// (with a committed policy) and the lint checks'. nullopt, with the
/// errors printed, when the program cannot be linked.
std::optional<policy::Findings>
checkFindings(const std::optional<CommittedPolicy> &Committed,
              const ScannedProgram &Program, const CheckSelection &Selection,
              DiagnosticPrinter &Printer) {
  policy::Findings All;
  if (Committed) {
    auto Found = policyFindings(*Committed, Program, Printer);
    if (!Found)
      return std::nullopt;
    All = std::move(*Found);
  }
  policy::LintContext Context;
  Context.Hardened = Hardened;
  for (policy::Finding &F : policy::resolveLintFindings(Program.Facts, Context))
    All.push_back(std::move(F));
  std::erase_if(All, [&](const policy::Finding &F) {
    // Without a committed policy there is nothing to compare with.
    return !Selection.enabled(F.Main.Check) ||
           (!Committed && isPolicyCheck(F.Main.Check));
  });
  return All;
}

/// What the report says of the run: the checks that ran, and the root its
/// paths are relative to.
policy::ReportContext reportContext(const CheckSelection &Selection,
                                    bool Committed) {
  policy::ReportContext Run;
  Run.ToolVersion = ToolVersion;
  Run.Checks = Selection.enabledChecks();
  if (!Committed)
    std::erase_if(Run.Checks, [](const policy::CheckInfo &C) {
      return isPolicyCheck(C.Name);
    });
  Run.Root = absolutePath(rootOption().empty() ? "." : rootOption());
  return Run;
}

/// The report of \p All in the --format asked for.
std::string renderReport(const policy::Findings &All,
                         const policy::ReportContext &Run) {
  switch (Format) {
  case ReportFormat::Text:
    // Colour only for a terminal, never in a file.
    return renderText(All, ReportPath.empty() && llvm::outs().has_colors() &&
                               llvm::outs().is_displayed());
  case ReportFormat::Json:
    return policy::renderFindingsJson(All, Run);
  case ReportFormat::Sarif:
    return policy::renderFindingsSarif(All, Run);
  }
  return "";
}

/// Prints the summary line of the check, and returns its exit status:
/// the findings fixed (\p Fixed, by index) no longer fail it.
int summarise(const policy::Findings &All, const std::set<size_t> &Fixed,
              const policy::ReportContext &Run, bool Committed) {
  unsigned Errors = 0, Warnings = 0;
  for (size_t I = 0; I < All.size(); ++I) {
    // A finding --fix fixed no longer fails the check.
    if (Fixed.count(I))
      continue;
    Errors += All[I].Main.Level == policy::Severity::Error;
    Warnings += All[I].Main.Level == policy::Severity::Warning;
  }
  // The report went to stdout: flush it, so that the summary on stderr
  // follows it even when both go to one pipe.
  llvm::outs().flush();
  llvm::errs() << "sysprune check: " << countOf(Errors, "error") << ", "
               << countOf(Warnings, "warning");
  if (!Fixed.empty())
    llvm::errs() << ", " << countOf(Fixed.size(), "finding") << " fixed";
  llvm::errs() << " (" << countOf(Run.Checks.size(), "check") << " run"
               << (Committed ? " against " + PolicyPath : "") << ")\n";
  return Errors ? Failed : Passed;
}
} // namespace

int runCheck() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune check");
  auto Selection = CheckSelection::parse(ChecksOption, allChecks(), Printer);
  if (!Selection)
    return CouldNotCheck;
  if (ListChecks) {
    for (const policy::CheckInfo &C : Selection->enabledChecks())
      llvm::outs() << C.Name << " (" << policy::severityName(C.Level)
                   << "): " << C.Summary << "\n";
    return Passed;
  }
  if (!checkLinkOptions(Printer))
    return CouldNotCheck;

  // The committed policy first: a broken one is found before a long scan.
  std::optional<CommittedPolicy> Committed;
  if (!readCommittedPolicy(Committed, Printer))
    return CouldNotCheck;
  auto Program = programFacts(Printer);
  if (!Program)
    return CouldNotCheck;
  auto All = checkFindings(Committed, *Program, *Selection, Printer);
  if (!All)
    return CouldNotCheck;

  const policy::ReportContext Run =
      reportContext(*Selection, Committed.has_value());
  std::string Report = renderReport(*All, Run);
  if (!ReportPath.empty() || !Report.empty())
    if (!writeOutput(ReportPath, Report, "report", Printer))
      return CouldNotCheck;

  // After the report, which shows the sources as they were checked.
  std::set<size_t> Fixed;
  if (Fix) {
    auto Applied = applyFixes(*All, Printer);
    if (!Applied)
      return CouldNotCheck;
    Fixed = std::move(*Applied);
  }
  return summarise(*All, Fixed, Run, Committed.has_value());
}

} // namespace sysprune::tool
