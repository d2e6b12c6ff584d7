#include "policy/facts/FactsJson.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

TEST(FactsJsonTest, RoundTripsEveryKindOfFact) {
  TranslationUnitFacts TU;
  TU.ToolVersion = "0.1.0";
  TU.MainFile = "/src/main.c";
  TU.Inputs = {{"/src/main.c", "abc"}, {"/usr/include/unistd.h", "def"}};
  FunctionFacts F;
  F.Id = "c:@F@main";
  F.Name = "main";
  F.Where = {"/src/main.c", 3, 5};
  F.Signature = "int (void)";
  F.External = true;
  F.Overrides = {"c:@S@Base@F@run#"};
  F.Calls = {{"c:@F@prctl",
              "prctl",
              {"/src/main.c", 4, 3},
              CallKind::Direct,
              {ArgValue::constant(15), ArgValue{}, ArgValue::parameter(1)}},
             {"c:@F@handler",
              "c:@F@handler",
              {"/src/main.c", 5, 10},
              CallKind::AddressTaken,
              {}}};
  F.Calls[0].Runs = "rm -rf logs";
  F.IndirectCalls = {{{"/src/main.c", 6, 3}, "void (int)"}};
  F.Syscalls = {{186, {"/src/main.c", 7, 3}, "syscall", {ArgValue{}}}};
  F.Unresolved = {{{"/src/main.c", 8, 3}, "not constant", "a-check"}};
  TU.Facts.Functions[F.Id] = F;

  Diagnostics Diags;
  auto Read = readFacts(writeFacts(TU), "f.json", Diags);
  ASSERT_TRUE(Read) << (Diags.empty() ? "" : Diags.front().Message);
  EXPECT_EQ(Read->ToolVersion, "0.1.0");
  EXPECT_EQ(Read->Inputs, TU.Inputs);
  const FunctionFacts &G = Read->Facts.Functions.at("c:@F@main");
  EXPECT_EQ(G.Name, "main");
  EXPECT_EQ(G.Where, F.Where);
  EXPECT_EQ(G.Signature, "int (void)");
  EXPECT_TRUE(G.External);
  EXPECT_EQ(G.Overrides, F.Overrides);
  ASSERT_EQ(G.Calls.size(), 2u);
  EXPECT_EQ(G.Calls[0].Args, F.Calls[0].Args);
  EXPECT_EQ(G.Calls[0].CalleeName, "prctl");
  EXPECT_EQ(G.Calls[0].Runs, "rm -rf logs");
  EXPECT_EQ(G.Calls[1].Kind, CallKind::AddressTaken);
  EXPECT_FALSE(G.Calls[1].Runs);
  ASSERT_EQ(G.IndirectCalls.size(), 1u);
  EXPECT_EQ(G.IndirectCalls[0].Signature, "void (int)");
  ASSERT_EQ(G.Syscalls.size(), 1u);
  EXPECT_EQ(G.Syscalls[0].Number, 186);
  ASSERT_EQ(G.Unresolved.size(), 1u);
  EXPECT_EQ(G.Unresolved[0].Check, "a-check");
}

TEST(FactsJsonTest, RoundTripsLintFindingsAndEvidence) {
  TranslationUnitFacts TU;
  TU.ToolVersion = "0.1.0";
  TU.MainFile = "/src/a.c";
  Finding F;
  F.Main = {
      Severity::Warning, {"/src/a.c", 4, 18}, "no O_CLOEXEC", "fd-cloexec"};
  F.Notes = {
      {Severity::Note, {"/src/a.c", 4, 18}, "open(2): ...", "fd-cloexec"},
      {Severity::Note, {"/src/b.h", 1, 1}, "no check", ""}};
  F.Fixes = {{{"/src/a.c", 4, 26}, {"/src/a.c", 4, 26}, " | O_CLOEXEC"}};
  Finding G;
  G.Main = {Severity::Error, {"/src/a.c", 9, 3}, "plain", "other"};
  TU.Facts.LintFindings = {F, G};
  TU.Facts.Lint.ThreadCreations = {{"/src/a.c", 12, 3}, {"/src/a.c", 2, 1}};
  TU.Facts.Lint.BlockedSignals = {2, 15, 64};
  TU.Facts.Lint.SignalfdCalls = {
      {{"/src/a.c", 20, 12}, {{2, "SIGINT"}, {10, "SIGUSR1"}}}};

  Diagnostics Diags;
  auto Read = readFacts(writeFacts(TU), "f.json", Diags);
  ASSERT_TRUE(Read) << (Diags.empty() ? "" : Diags.front().Message);
  const ProgramFacts &R = Read->Facts;
  ASSERT_EQ(R.LintFindings.size(), 2u);
  EXPECT_EQ(R.LintFindings[0].Main.Where, F.Main.Where);
  EXPECT_EQ(R.LintFindings[0].Main.Level, Severity::Warning);
  EXPECT_EQ(R.LintFindings[0].Main.Message, F.Main.Message);
  EXPECT_EQ(R.LintFindings[0].Main.Check, "fd-cloexec");
  ASSERT_EQ(R.LintFindings[0].Notes.size(), 2u);
  EXPECT_EQ(R.LintFindings[0].Notes[1].Where, F.Notes[1].Where);
  EXPECT_EQ(R.LintFindings[0].Notes[1].Check, "");
  EXPECT_EQ(R.LintFindings[0].Notes[0].Level, Severity::Note);
  EXPECT_EQ(R.LintFindings[0].Fixes, F.Fixes);
  EXPECT_EQ(R.LintFindings[1].Main.Level, Severity::Error);
  EXPECT_TRUE(R.LintFindings[1].Notes.empty());
  EXPECT_EQ(R.Lint.ThreadCreations, TU.Facts.Lint.ThreadCreations);
  EXPECT_EQ(R.Lint.BlockedSignals, TU.Facts.Lint.BlockedSignals);
  EXPECT_EQ(R.Lint.SignalfdCalls, TU.Facts.Lint.SignalfdCalls);
}

TEST(FactsJsonTest, FactsWithoutLintReadBackWithout) {
  TranslationUnitFacts TU;
  TU.ToolVersion = "0.1.0";
  TU.MainFile = "/src/a.c";
  std::string Text = writeFacts(TU);
  EXPECT_EQ(Text.find("\"lint\""), std::string::npos);
  Diagnostics Diags;
  auto Read = readFacts(Text, "f.json", Diags);
  ASSERT_TRUE(Read);
  EXPECT_TRUE(Read->Facts.LintFindings.empty());
  EXPECT_TRUE(Read->Facts.Lint.ThreadCreations.empty());
}

TEST(FactsJsonTest, GarbageIsOneError) {
  Diagnostics Diags;
  EXPECT_FALSE(readFacts("{\"functions\": 3}", "f.json", Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Where.File, "f.json");
  EXPECT_NE(Diags[0].Message.find("not a sysprune facts file"),
            std::string::npos);
}

} // namespace
} // namespace sysprune::policy
