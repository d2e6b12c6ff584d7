#include "policy/diff/PolicyDiff.h"
#include "policy/diff/PolicyDiffJson.h"
#include "policy/diff/PolicyDiffMarkdown.h"
#include "policy/diff/PolicyDiffText.h"

#include "PolicyBuilders.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sysprune::policy {
namespace {

using namespace builders;

Policy basePolicy() {
  Policy P;
  P.Architectures = {"SCMP_ARCH_X86_64"};
  P.Syscalls = {allow({"exit_group", "read"}),
                allow({"prctl"}, {equal(0, PrSetNoNewPrivs)})};
  P.Origin.emplace();
  P.Origin->Sites["read"] = {{{"main.c", 3, 5}, "main", "read"}};
  return P;
}

TEST(PolicyDiffTest, APolicyAgainstItselfHasNoChanges) {
  PolicyDiff D = diffPolicies(basePolicy(), basePolicy());
  EXPECT_TRUE(D.empty());
  EXPECT_EQ(describeSummary(summarise(D), "-"), "no changes");
  EXPECT_EQ(renderDiffText(D, "a.json", "b.json"), "");
}

TEST(PolicyDiffTest, ProvenanceAloneIsNoChange) {
  Policy New = basePolicy();
  New.Origin->Sites["read"].push_back({{"io.c", 9, 1}, "load", "read"});
  EXPECT_TRUE(diffPolicies(basePolicy(), New).empty());
}

TEST(PolicyDiffTest, RuleOrderAndConditionOrderDoNotMatter) {
  Policy Old = basePolicy();
  Old.Syscalls.push_back(allow({"socket"}, {equal(0, 1), equal(1, 2)}));
  Policy New = basePolicy();
  std::reverse(New.Syscalls.begin(), New.Syscalls.end());
  New.Syscalls.insert(New.Syscalls.begin(),
                      allow({"socket"}, {equal(1, 2), equal(0, 1)}));
  EXPECT_TRUE(diffPolicies(Old, New).empty());
}

TEST(PolicyDiffTest, AnAddedSyscallCarriesTheNewProvenance) {
  Policy New = basePolicy();
  New.Syscalls.front().Names.push_back("socket");
  New.Origin->Sites["socket"] = {{{"net.c", 20, 5}, "connect_to", "socket"}};
  New.Origin->Chains["socket"] = {{"main", {"main.c", 30, 3}},
                                  {"connect_to", {"net.c", 20, 5}}};
  PolicyDiff D = diffPolicies(basePolicy(), New);
  ASSERT_EQ(D.SyscallsAdded.size(), 1u);
  const RuleChange &C = D.SyscallsAdded.front();
  EXPECT_EQ(C.Syscall, "socket");
  EXPECT_TRUE(C.Rule.Conditions.empty());
  ASSERT_EQ(C.Why.Sites.size(), 1u);
  EXPECT_EQ(C.Why.Sites.front().Function, "connect_to");
  EXPECT_EQ(C.Why.Chain.size(), 2u);
  EXPECT_EQ(describeSummary(summarise(D), "-"), "+1 syscall");
  EXPECT_EQ(
      renderDiffText(D, "old.json", "new.json"),
      "old.json -> new.json: +1 syscall\n"
      "\n"
      "Syscalls added:\n"
      "  + socket\n"
      "      needed at net.c:20:5 in connect_to (via socket)\n"
      "      call chain: main (main.c:30:3) -> connect_to (net.c:20:5)\n");
}

TEST(PolicyDiffTest, ARemovedSyscallSaysWhereTheOldPolicyNeededIt) {
  Policy New = basePolicy();
  New.Syscalls.front().Names = {"exit_group"};
  PolicyDiff D = diffPolicies(basePolicy(), New);
  ASSERT_EQ(D.SyscallsRemoved.size(), 1u);
  EXPECT_EQ(D.SyscallsRemoved.front().Syscall, "read");
  std::string Text = renderDiffText(D, "old.json", "new.json");
  EXPECT_NE(Text.find("  - read\n      was needed at main.c:3:5 in main "
                      "(via read)\n"),
            std::string::npos)
      << Text;
}

TEST(PolicyDiffTest, AnAddedArgumentRuleCarriesItsOwnSites) {
  Policy New = basePolicy();
  New.Syscalls.push_back(allow({"prctl"}, {equal(0, PrSetName)}));
  New.Origin->Arguments["prctl"] = {
      {{equal(0, PrSetName)}, {{{"main.c", 12, 3}, "main", "prctl"}}, {}, {}}};
  PolicyDiff D = diffPolicies(basePolicy(), New);
  EXPECT_TRUE(D.SyscallsAdded.empty());
  ASSERT_EQ(D.RulesAdded.size(), 1u);
  EXPECT_EQ(D.RulesAdded.front().Why.Sites.front().Where.Line, 12u);
  EXPECT_EQ(changeHeadline(D.RulesAdded.front(), false),
            "prctl when argument 0 == 15");
  EXPECT_EQ(describeSummary(summarise(D), "-"), "+1 argument rule");
}

TEST(PolicyDiffTest, AnyArgumentsWhereThereWereRulesIsAWidening) {
  Policy New = basePolicy();
  New.Syscalls.pop_back();
  New.Syscalls.front().Names.push_back("prctl");
  New.Origin->Unrestricted["prctl"] = "argument 0 is not a constant at x.c:1:1";
  PolicyDiff D = diffPolicies(basePolicy(), New);
  ASSERT_EQ(D.Widened.size(), 1u);
  EXPECT_TRUE(D.RulesRemoved.empty());
  EXPECT_TRUE(D.RulesAdded.empty());
  EXPECT_EQ(D.Widened.front().Was.size(), 1u);
  EXPECT_EQ(D.Widened.front().Why.Unrestricted,
            "argument 0 is not a constant at x.c:1:1");
  EXPECT_EQ(changeHeadline(D.Widened.front(), false),
            "prctl with any arguments (was: argument 0 == 38)");
  EXPECT_EQ(describeSummary(summarise(D), "-"), "1 widened to any arguments");

  // And the reverse is a narrowing.
  PolicyDiff Back = diffPolicies(New, basePolicy());
  ASSERT_EQ(Back.Narrowed.size(), 1u);
  EXPECT_TRUE(Back.RulesAdded.empty());
  EXPECT_EQ(changeHeadline(Back.Narrowed.front(), false),
            "prctl when argument 0 == 38 (was: any arguments)");
}

TEST(PolicyDiffTest, SettingsChanges) {
  Policy New = basePolicy();
  New.DefaultAction = Action::Errno;
  New.DefaultErrnoRet = 1;
  New.Architectures = {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86"};
  PolicyDiff D = diffPolicies(basePolicy(), New);
  ASSERT_TRUE(D.DefaultAction);
  EXPECT_EQ(D.DefaultAction->second, "SCMP_ACT_ERRNO(1)");
  EXPECT_EQ(D.ArchitecturesAdded, (std::vector<std::string>{"SCMP_ARCH_X86"}));
  EXPECT_FALSE(D.empty());
  EXPECT_EQ(describeSummary(summarise(D), "-"), "filter settings changed");
}

TEST(PolicyDiffTest, MarkdownUsesCodeSpansAndAMinusSign) {
  Policy New = basePolicy();
  New.Syscalls.front().Names = {"exit_group", "socket"};
  std::string Md =
      renderDiffMarkdown(diffPolicies(basePolicy(), New), "a.json", "b.json");
  EXPECT_NE(Md.find("**+1 syscall, \u22121 syscall**"), std::string::npos)
      << Md;
  EXPECT_NE(Md.find("#### Syscalls added\n\n- `socket`\n"), std::string::npos)
      << Md;
}

TEST(PolicyDiffTest, JsonHasEveryKeyAndSortedKeys) {
  Policy New = basePolicy();
  New.Syscalls.front().Names.push_back("socket");
  std::string Out =
      renderDiffJson(diffPolicies(basePolicy(), New), "a.json", "b.json");
  nlohmann::json J = nlohmann::json::parse(Out);
  for (const char *Key :
       {"architectures", "defaultAction", "flags", "identical", "narrowed",
        "new", "old", "rulesAdded", "rulesRemoved", "summary", "syscallsAdded",
        "syscallsRemoved", "widened"})
    EXPECT_TRUE(J.contains(Key)) << Key;
  EXPECT_EQ(J["syscallsAdded"][0]["syscall"], "socket");
  EXPECT_EQ(J["summary"]["syscallsAdded"], 1);
  EXPECT_LT(Out.find("\"architectures\""), Out.find("\"defaultAction\""));
}

} // namespace
} // namespace sysprune::policy
