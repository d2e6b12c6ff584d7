// The driver library is reachable from unit tests: what the commands share
// (diagnostics as the compiler prints them, --checks, the programs a linked
// one runs) is tested here without running the executable.

#include "tool/driver/CheckSelection.h"
#include "tool/driver/ChildPrograms.h"
#include "tool/driver/DiagnosticPrinter.h"

#include "policy/check/LintDecisions.h"

#include <llvm/Support/raw_ostream.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace sysprune;
using namespace sysprune::tool;
namespace fs = std::filesystem;

TEST(DriverTest, DiagnosticsPrintAsTheCompilerPrintsThem) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  DiagnosticPrinter Printer(OS, "sysprune scan");
  Printer.print({policy::Severity::Warning,
                 {"main.c", 3, 4},
                 "something to see",
                 "sysprune-exec"});
  Printer.print({policy::Severity::Error, {}, "no file", ""});
  OS.flush();
  EXPECT_NE(Out.find("main.c:3:4: warning: something to see [sysprune-exec]"),
            std::string::npos)
      << Out;
  EXPECT_NE(Out.find("sysprune scan: error: no file"), std::string::npos)
      << Out;
  EXPECT_EQ(Printer.warnings(), 1u);
  EXPECT_EQ(Printer.errors(), 1u);
}

TEST(DriverTest, ChecksAreSelectedAsClangTidyDoes) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  DiagnosticPrinter Printer(OS, "sysprune check");
  auto Only =
      CheckSelection::parse("-*,fd-cloexec", policy::lintChecks(), Printer);
  ASSERT_TRUE(Only);
  EXPECT_TRUE(Only->enabled("fd-cloexec"));
  EXPECT_FALSE(Only->enabled("epoll-size"));
  ASSERT_EQ(Only->enabledChecks().size(), 1u);
  auto AllButChroot =
      CheckSelection::parse("-chroot-*", policy::lintChecks(), Printer);
  ASSERT_TRUE(AllButChroot);
  EXPECT_FALSE(AllButChroot->enabled("chroot-chdir"));
  EXPECT_TRUE(AllButChroot->enabled("epoll-size"));
  EXPECT_EQ(Printer.errors(), 0u);
  EXPECT_FALSE(
      CheckSelection::parse("no-such-check", policy::lintChecks(), Printer));
  EXPECT_EQ(Printer.errors(), 1u);
}

TEST(DriverTest, AScriptRunsItsInterpreter) {
  fs::path Dir = fs::temp_directory_path() /
                 ("sysprune-driver-test-" + std::to_string(getpid()));
  fs::create_directories(Dir);
  fs::path Script = Dir / "script.sh";
  { std::ofstream(Script) << "#!/bin/sh\necho hello\n"; }
  fs::permissions(Script, fs::perms::owner_all);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  DiagnosticPrinter Printer(OS, "sysprune link");
  auto Executed =
      programsExecuted({{Script.string(), "named with --runs"}}, Printer);
  ASSERT_TRUE(Executed) << OS.str();
  bool Shell = false;
  for (const ChildProgram &C : *Executed)
    Shell |= fs::equivalent(C.Path, "/bin/sh");
  EXPECT_TRUE(Shell) << "the script's interpreter is not among what runs";

  fs::path Broken = Dir / "broken.sh";
  { std::ofstream(Broken) << "#!/nonexistent/interpreter\n"; }
  fs::permissions(Broken, fs::perms::owner_all);
  EXPECT_FALSE(programsExecuted({{Broken.string(), "named"}}, Printer));
  EXPECT_EQ(Printer.errors(), 1u) << OS.str();
  fs::remove_all(Dir);
}
