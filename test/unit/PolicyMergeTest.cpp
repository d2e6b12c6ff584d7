#include "policy/diff/PolicyMerge.h"
#include "policy/json/PolicyReader.h"
#include "policy/json/PolicyWriter.h"

#include "PolicyBuilders.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

using namespace builders;

/// A policy as sysprune scan writes one: a program that reads and names
/// itself with prctl.
Policy program() {
  Policy P;
  P.Architectures = {"SCMP_ARCH_X86_64"};
  P.Syscalls = {allow({"exit_group", "read"}),
                allow({"prctl"}, {equal(0, PrSetName)})};
  Provenance &O = P.Origin.emplace();
  O.ToolVersion = "0.1.0";
  O.Entries = {"main"};
  O.Models = {"glibc-2.36-x86_64"};
  O.Baselines = {"runtime"};
  O.Sites["read"] = {{{"main.c", 3, 5}, "main", "read"}};
  O.Chains["read"] = {{"main", {"main.c", 3, 5}}};
  O.FromBaselines["exit_group"] = {"runtime"};
  Site Named{{"main.c", 4, 3}, "main", "prctl"};
  O.Sites["prctl"] = {Named};
  O.Chains["prctl"] = {{"main", Named.Where}};
  O.Arguments["prctl"] = {
      {{equal(0, PrSetName)}, {Named}, {{"main", Named.Where}}, {}}};
  return P;
}

/// A plugin: writes, and sets no_new_privs.
Policy plugin() {
  Policy P;
  P.Architectures = {"SCMP_ARCH_X86_64"};
  P.Syscalls = {allow({"write"}),
                allow({"prctl"}, {equal(0, PrSetNoNewPrivs)})};
  Provenance &O = P.Origin.emplace();
  O.ToolVersion = "0.1.0";
  O.Entries = {"plugin_init"};
  O.Models = {"glibc-2.36-x86_64"};
  Site Locked{{"plugin.c", 8, 3}, "plugin_init", "prctl"};
  O.Sites["prctl"] = {Locked};
  O.Sites["write"] = {{{"plugin.c", 9, 3}, "plugin_init", "write"}};
  O.Arguments["prctl"] = {{{equal(0, PrSetNoNewPrivs)}, {Locked}, {}, {}}};
  return P;
}

Policy mergeOk(std::vector<MergeInput> Inputs) {
  MergeResult R = mergePolicies(Inputs, "0.1.0");
  EXPECT_TRUE(R.Value) << (R.Diags.empty() ? "" : R.Diags.front().Message);
  return R.Value ? *R.Value : Policy();
}

std::string mergeError(std::vector<MergeInput> Inputs) {
  MergeResult R = mergePolicies(Inputs, "0.1.0");
  EXPECT_FALSE(R.Value);
  return R.Diags.empty() ? "" : R.Diags.front().Message;
}

TEST(PolicyMergeTest, APolicyMergedWithItselfIsItself) {
  Policy Merged = mergeOk({{"a.json", program()}, {"a.json", program()}});
  EXPECT_EQ(writePolicy(Merged), writePolicy(program()));
  Merged = mergeOk({{"a.json", program()}});
  EXPECT_EQ(writePolicy(Merged), writePolicy(program()));
}

TEST(PolicyMergeTest, ArgumentRulesAreAlternativesNotConjunctions) {
  Policy Merged = mergeOk({{"app.json", program()}, {"plugin.json", plugin()}});
  ASSERT_EQ(Merged.Syscalls.size(), 3u);
  EXPECT_EQ(Merged.Syscalls[0].Names,
            (std::vector<std::string>{"exit_group", "read", "write"}));
  // Two rules, each with one condition: either option is allowed.
  EXPECT_EQ(Merged.Syscalls[1].Names, (std::vector<std::string>{"prctl"}));
  EXPECT_EQ(Merged.Syscalls[1].Args,
            (std::vector<ArgCondition>{equal(0, PrSetName)}));
  EXPECT_EQ(Merged.Syscalls[2].Args,
            (std::vector<ArgCondition>{equal(0, PrSetNoNewPrivs)}));
}

TEST(PolicyMergeTest, ProvenanceNamesTheInputs) {
  Policy Merged = mergeOk({{"app.json", program()}, {"plugin.json", plugin()}});
  ASSERT_TRUE(Merged.Origin);
  const Provenance &O = *Merged.Origin;
  EXPECT_EQ(O.Inputs, (std::vector<std::string>{"app.json", "plugin.json"}));
  EXPECT_EQ(O.Entries, (std::vector<std::string>{"main", "plugin_init"}));
  EXPECT_EQ(O.Models, (std::vector<std::string>{"glibc-2.36-x86_64"}));
  EXPECT_EQ(O.FromInputs.at("read"), (std::vector<std::string>{"app.json"}));
  EXPECT_EQ(O.FromInputs.at("write"),
            (std::vector<std::string>{"plugin.json"}));
  // Both need prctl: no list.
  EXPECT_EQ(O.FromInputs.count("prctl"), 0u);
  EXPECT_EQ(O.Sites.at("prctl").size(), 2u);
  ASSERT_EQ(O.Arguments.at("prctl").size(), 2u);
  EXPECT_EQ(O.Arguments.at("prctl")[1].Inputs,
            (std::vector<std::string>{"plugin.json"}));
  EXPECT_EQ(O.Arguments.at("prctl")[1].Sites.front().Where.File, "plugin.c");

  // The names survive writing and reading, and a merged input counts as the
  // inputs it was merged from.
  ReadResult Read = readPolicy(writePolicy(Merged), "merged.json");
  ASSERT_TRUE(Read.Value);
  EXPECT_TRUE(Read.Diags.empty());
  EXPECT_EQ(writePolicy(*Read.Value), writePolicy(Merged));
  Policy Tool = program();
  Tool.Syscalls = {allow({"getpid"})};
  Tool.Origin->Arguments.clear();
  Policy Again = mergeOk({{"merged.json", *Read.Value}, {"tool.json", Tool}});
  EXPECT_EQ(Again.Origin->Inputs,
            (std::vector<std::string>{"app.json", "plugin.json", "tool.json"}));
  EXPECT_EQ(Again.Origin->FromInputs.at("write"),
            (std::vector<std::string>{"plugin.json"}));
  EXPECT_EQ(Again.Origin->FromInputs.at("prctl"),
            (std::vector<std::string>{"app.json", "plugin.json"}));
}

TEST(PolicyMergeTest, AnyArgumentsInOneInputIsAnyArgumentsInTheUnion) {
  Policy Loose = plugin();
  Loose.Syscalls = {allow({"prctl", "write"})};
  Loose.Origin->Arguments.clear();
  Policy Merged = mergeOk({{"app.json", program()}, {"loose.json", Loose}});
  ASSERT_EQ(Merged.Syscalls.size(), 1u);
  EXPECT_EQ(Merged.Syscalls[0].Names,
            (std::vector<std::string>{"exit_group", "prctl", "read", "write"}));
  EXPECT_TRUE(Merged.Syscalls[0].Args.empty());
  // No argument rules are claimed for it, and why is said.
  EXPECT_EQ(Merged.Origin->Arguments.count("prctl"), 0u);
  EXPECT_EQ(Merged.Origin->Unrestricted.at("prctl"),
            "loose.json allows it with any arguments");
  EXPECT_EQ(Merged.Origin->Sites.at("prctl").size(), 2u);
}

TEST(PolicyMergeTest, ArchitecturesMustAgree) {
  Policy Arm = plugin();
  Arm.Architectures = {"SCMP_ARCH_AARCH64"};
  EXPECT_EQ(mergeError({{"app.json", program()}, {"arm.json", Arm}}),
            "cannot merge policies for different architectures: app.json "
            "lists SCMP_ARCH_X86_64, arm.json lists SCMP_ARCH_AARCH64");
  // The same set in another order is no disagreement.
  Policy Both = program(), Reversed = plugin();
  Both.Architectures = {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86"};
  Reversed.Architectures = {"SCMP_ARCH_X86", "SCMP_ARCH_X86_64"};
  mergeOk({{"a.json", Both}, {"b.json", Reversed}});
}

TEST(PolicyMergeTest, DefaultActionsMustAgree) {
  Policy Errno = plugin();
  Errno.DefaultAction = Action::Errno;
  Errno.DefaultErrnoRet = 1;
  EXPECT_EQ(mergeError({{"app.json", program()}, {"errno.json", Errno}}),
            "cannot merge policies with different default actions: app.json "
            "has SCMP_ACT_KILL_PROCESS, errno.json has SCMP_ACT_ERRNO(1)");
}

TEST(PolicyMergeTest, OneSyscallWithTwoActionsIsAnError) {
  Policy Refuses = plugin();
  Refuses.Syscalls.push_back(allow({"read"}));
  Refuses.Syscalls.back().Act = Action::Errno;
  Refuses.Syscalls.back().ErrnoRet = 1;
  EXPECT_EQ(mergeError({{"app.json", program()}, {"refuses.json", Refuses}}),
            "cannot merge different actions for 'read': app.json gives it "
            "SCMP_ACT_ALLOW, refuses.json SCMP_ACT_ERRNO(1)");
}

TEST(PolicyMergeTest, PoliciesWithoutProvenanceMergeWithoutIt) {
  Policy A = program(), B = plugin();
  A.Origin.reset();
  B.Origin.reset();
  Policy Merged = mergeOk({{"a.json", A}, {"b.json", B}});
  EXPECT_FALSE(Merged.Origin);
  EXPECT_EQ(Merged.Syscalls.size(), 3u);
}

} // namespace
} // namespace sysprune::policy
