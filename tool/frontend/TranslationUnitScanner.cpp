#include "tool/frontend/TranslationUnitScanner.h"

#include "tool/frontend/FactCollector.h"

#include "policy/binary/ModelBuilder.h"

#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <llvm/Support/raw_ostream.h>

namespace sysprune::scan {

namespace {
// The compile commands may come from GCC: parse them with clang's own
// builtin headers, and without complaining about GCC-only flags. Without
// carets in the compiler's own options, clang does not print its "N errors
// generated" line ahead of the diagnostics this scanner holds back and
// prints per file (they keep their carets: their printer has its options).
std::vector<std::string> parserArguments(const ParseOptions &Options) {
  std::vector<std::string> Args{"-resource-dir", SYSPRUNE_CLANG_RESOURCE_DIR,
                                "-Wno-unknown-warning-option",
                                "-Qunused-arguments", "-fno-caret-diagnostics"};
  Args.insert(Args.end(), Options.ExtraArgs.begin(), Options.ExtraArgs.end());
  return Args;
}
/// Gives the compiler of a command a directory. Clang's driver finds the GCC
/// installation (and with it the C++ headers) relative to the directory of
/// the compiler it is told it is; for a bare `clang++` that directory is
/// empty, the headers come out as `/../lib/gcc/...`, and their names, once
/// the dots are removed, point at files that do not exist (`/include/c++`
/// where /lib is a link to /usr/lib). The name is looked up in PATH as a
/// shell would, or else taken to live beside this build's clang.
clang::tooling::CommandLineArguments
resolveCompiler(const clang::tooling::CommandLineArguments &Args,
                llvm::StringRef /*File*/) {
  if (Args.empty() || Args.front().find('/') != std::string::npos)
    return Args;
  clang::tooling::CommandLineArguments Resolved = Args;
  if (auto Found = llvm::sys::findProgramByName(Args.front()))
    Resolved.front() = *Found;
  else
    Resolved.front() =
        (llvm::Twine(SYSPRUNE_CLANG_BINARY_DIR) + "/" + Args.front()).str();
  return Resolved;
}

} // namespace

const std::string &toolIdentity() {
  static const std::string Identity =
      policy::binary::runningExecutableIdentity();
  return Identity;
}

TranslationUnitResult
scanTranslationUnit(const clang::tooling::CompilationDatabase &Database,
                    const std::string &File, const ParseOptions &Options) {
  TranslationUnitResult Result;
  // A file system of its own: the default one changes the process's working
  // directory for each compile command, which races between threads.
  clang::tooling::ClangTool Tool(
      Database, {File}, std::make_shared<clang::PCHContainerOperations>(),
      llvm::vfs::createPhysicalFileSystem());
  Tool.appendArgumentsAdjuster(resolveCompiler);
  Tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
      parserArguments(Options), clang::tooling::ArgumentInsertPosition::END));
  // Keep clang's messages together per file: several files may be parsed at
  // once, and interleaved diagnostics would be unreadable.
  llvm::raw_string_ostream Messages(Result.ClangDiagnostics);
  auto DiagOptions = llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>();
  DiagOptions->ShowColors = false;
  clang::TextDiagnosticPrinter Printer(Messages, DiagOptions.get());
  Tool.setDiagnosticConsumer(&Printer);
  Tool.setPrintErrorMessage(false);

  policy::TranslationUnitFacts Facts;
  InputHashes Inputs;
  auto Factory = newFactCollectorFactory(Facts.Facts, Inputs);
  int Status = Tool.run(Factory.get());
  Messages.flush();
  if (Status != 0)
    return Result;
  Facts.ToolVersion = SYSPRUNE_VERSION;
  Facts.MainFile = File;
  for (const auto &[Path, Hash] : Inputs)
    Facts.Inputs.push_back({Path, Hash});
  Result.Facts = std::move(Facts);
  return Result;
}

std::string commandKey(const clang::tooling::CompilationDatabase &Database,
                       const std::string &File, const ParseOptions &Options) {
  std::string Key = std::string("sysprune ") + SYSPRUNE_VERSION + "\n" +
                    toolIdentity() + "\n" + File;
  for (const clang::tooling::CompileCommand &Command :
       Database.getCompileCommands(File)) {
    Key += "\n" + Command.Directory;
    for (const std::string &Arg : Command.CommandLine)
      Key += "\n " + Arg;
  }
  for (const std::string &Arg : parserArguments(Options))
    Key += "\n+" + Arg;
  return Key;
}

} // namespace sysprune::scan
