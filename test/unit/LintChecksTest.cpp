#include "policy/check/LintDecisions.h"

#include <gtest/gtest.h>

#include <set>

namespace sysprune::policy {
namespace {

Finding finding(const std::string &Check, SourceLocation Where,
                const std::string &Message = "m") {
  Finding F;
  F.Main = {Severity::Warning, std::move(Where), Message, Check};
  return F;
}

std::vector<std::string> checksOf(const Findings &Found) {
  std::vector<std::string> Out;
  for (const Finding &F : Found)
    Out.push_back(F.Main.Check);
  return Out;
}

TEST(LintChecksTest, EveryCheckHasAPageAndASummary) {
  std::set<std::string> Names;
  for (const CheckInfo &C : lintChecks()) {
    EXPECT_TRUE(Names.insert(C.Name).second) << C.Name;
    EXPECT_EQ(C.Level, Severity::Warning);
    EXPECT_FALSE(C.Summary.empty());
    EXPECT_EQ(C.Documentation, "docs/checks/" + C.Name + ".md");
  }
  EXPECT_EQ(Names.size(), 8u);
}

TEST(LintChecksTest, SigprocmaskOnlyWhereThreadsAreCreated) {
  ProgramFacts Facts;
  Facts.LintFindings = {finding("sigprocmask-threads", {"/a.c", 3, 3})};
  EXPECT_TRUE(resolveLintFindings(Facts, {}).empty());

  ProgramFacts Other;
  Other.Lint.ThreadCreations = {{"/b.c", 7, 3}};
  Facts.merge(std::move(Other));
  Findings Found = resolveLintFindings(Facts, {});
  ASSERT_EQ(Found.size(), 1u);
  ASSERT_FALSE(Found[0].Notes.empty());
  EXPECT_EQ(Found[0].Notes[0].Where, (SourceLocation{"/b.c", 7, 3}));
  EXPECT_EQ(Found[0].Notes[0].Message, "the program creates a thread here");
}

TEST(LintChecksTest, SeccompStackedOnlyWhenHardened) {
  ProgramFacts Facts;
  Facts.LintFindings = {finding("seccomp-stacked", {"/a.c", 3, 3})};
  EXPECT_TRUE(resolveLintFindings(Facts, {}).empty());
  EXPECT_EQ(resolveLintFindings(Facts, {/*Hardened=*/true}).size(), 1u);
}

TEST(LintChecksTest, SignalfdReportsOnlySignalsNeverBlocked) {
  ProgramFacts Facts;
  Facts.Lint.SignalfdCalls = {
      {{"/a.c", 9, 8}, {{2, "SIGINT"}, {15, "SIGTERM"}, {10, "SIGUSR1"}}}};
  Facts.Lint.BlockedSignals = {15};
  Findings Found = resolveLintFindings(Facts, {});
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_EQ(Found[0].Main.Check, "signalfd-unblocked");
  EXPECT_EQ(Found[0].Main.Where, (SourceLocation{"/a.c", 9, 8}));
  EXPECT_NE(Found[0].Main.Message.find("SIGINT and SIGUSR1"), std::string::npos)
      << Found[0].Main.Message;
  EXPECT_EQ(Found[0].Main.Message.find("SIGTERM"), std::string::npos);

  ProgramFacts Blocker;
  Blocker.Lint.BlockedSignals = {2, 10};
  Facts.merge(std::move(Blocker));
  EXPECT_TRUE(resolveLintFindings(Facts, {}).empty());
}

TEST(LintChecksTest, SortedByPlaceThenCheckWithoutRepeats) {
  ProgramFacts Facts;
  Facts.LintFindings = {finding("fd-cloexec", {"/b.c", 1, 1}),
                        finding("epoll-size", {"/a.c", 5, 2}),
                        finding("chroot-chdir", {"/a.c", 5, 2}),
                        finding("fd-cloexec", {"/a.c", 2, 9})};
  ProgramFacts Again;
  Again.LintFindings = {finding("fd-cloexec", {"/b.c", 1, 1})};
  Facts.merge(std::move(Again));
  EXPECT_EQ(checksOf(resolveLintFindings(Facts, {})),
            (std::vector<std::string>{"fd-cloexec", "chroot-chdir",
                                      "epoll-size", "fd-cloexec"}));
}

} // namespace
} // namespace sysprune::policy
