#include "policy/diff/RuleCoverage.h"

#include "policy/check/PolicyChecks.h"
#include "policy/json/PolicyConsistency.h"

#include "PolicyBuilders.h"

#include <gtest/gtest.h>

#include <random>

namespace sysprune::policy {
namespace {

using namespace builders;

ArgCondition cond(unsigned Index, CompareOp Op, uint64_t Value,
                  uint64_t ValueTwo = 0) {
  return {Index, Value, ValueTwo, Op};
}

TEST(RuleCoverageTest, NoConditionsCoverEverything) {
  EXPECT_TRUE(conditionsImply({equal(0, 15)}, {}));
  EXPECT_TRUE(conditionsImply({}, {}));
  EXPECT_FALSE(conditionsImply({}, {equal(0, 15)}));
}

TEST(RuleCoverageTest, EqualityOnTheSameArgumentOnly) {
  EXPECT_TRUE(conditionsImply({equal(0, 15)}, {equal(0, 15)}));
  EXPECT_FALSE(conditionsImply({equal(0, 16)}, {equal(0, 15)}));
  EXPECT_FALSE(conditionsImply({equal(1, 15)}, {equal(0, 15)}));
  // More conditions narrow: (a0 == 1 && a1 == 2) is within (a0 == 1).
  EXPECT_TRUE(conditionsImply({equal(0, 1), equal(1, 2)}, {equal(0, 1)}));
  EXPECT_FALSE(conditionsImply({equal(0, 1)}, {equal(0, 1), equal(1, 2)}));
}

TEST(RuleCoverageTest, RangesAndValues) {
  EXPECT_TRUE(
      conditionsImply({equal(0, 4)}, {cond(0, CompareOp::LessEqual, 10)}));
  EXPECT_TRUE(conditionsImply({cond(0, CompareOp::Less, 5)},
                              {cond(0, CompareOp::LessEqual, 10)}));
  EXPECT_FALSE(conditionsImply({cond(0, CompareOp::LessEqual, 11)},
                               {cond(0, CompareOp::LessEqual, 10)}));
  EXPECT_TRUE(conditionsImply({cond(0, CompareOp::Greater, 7)},
                              {cond(0, CompareOp::NotEqual, 3)}));
  EXPECT_FALSE(conditionsImply({cond(0, CompareOp::Greater, 2)},
                               {cond(0, CompareOp::NotEqual, 3)}));
  // Nothing is below 0: x < 0 admits no value, so it covers nothing.
  EXPECT_FALSE(conditionsImply({equal(0, 0)}, {cond(0, CompareOp::Less, 0)}));
}

TEST(RuleCoverageTest, MaskedFlagSets) {
  // "no bits outside 0x3": a committed flag set covers any subset of it.
  ArgCondition Committed = cond(0, CompareOp::MaskedEqual, ~uint64_t{0x3}, 0);
  EXPECT_TRUE(conditionsImply({equal(0, 0x2)}, {Committed}));
  EXPECT_FALSE(conditionsImply({equal(0, 0x4)}, {Committed}));
  EXPECT_TRUE(conditionsImply(
      {cond(0, CompareOp::MaskedEqual, ~uint64_t{0x1}, 0)}, {Committed}));
  EXPECT_FALSE(conditionsImply(
      {cond(0, CompareOp::MaskedEqual, ~uint64_t{0x7}, 0)}, {Committed}));
  // A set of several values is within no single value.
  EXPECT_FALSE(conditionsImply({Committed}, {equal(0, 0)}));
  EXPECT_TRUE(conditionsImply({Committed}, {cond(0, CompareOp::LessEqual, 3)}));
}

/// Implication by brute force over the values that matter: the constants
/// of both sides, their neighbours, and random values.
bool impliesOnSamples(const std::vector<ArgCondition> &Narrow,
                      const std::vector<ArgCondition> &Wide,
                      std::mt19937_64 &Random) {
  std::vector<uint64_t> Samples = {0, 1, ~uint64_t{0}};
  for (const auto *Side : {&Narrow, &Wide})
    for (const ArgCondition &C : *Side)
      for (uint64_t V : {C.Value, C.ValueTwo})
        for (uint64_t D : {uint64_t{0}, uint64_t{1}, ~uint64_t{0}})
          Samples.push_back(V + D);
  for (int I = 0; I < 64; ++I)
    Samples.push_back(Random() & 0xff);
  for (uint64_t A : Samples) {
    auto Holds = [&](const std::vector<ArgCondition> &All) {
      for (const ArgCondition &C : All)
        if (!conditionHolds(C, A))
          return false;
      return true;
    };
    if (Holds(Narrow) && !Holds(Wide))
      return false;
  }
  return true;
}

TEST(RuleCoverageTest, NeverClaimsCoverageThatIsNotThere) {
  std::mt19937_64 Random(7);
  const CompareOp Ops[] = {CompareOp::NotEqual,     CompareOp::Less,
                           CompareOp::LessEqual,    CompareOp::Equal,
                           CompareOp::GreaterEqual, CompareOp::Greater,
                           CompareOp::MaskedEqual};
  auto RandomCondition = [&] {
    CompareOp Op = Ops[Random() % 7];
    uint64_t Value = Random() & 0xf;
    if (Op != CompareOp::MaskedEqual)
      return cond(0, Op, Value);
    uint64_t Mask = Random() & 0xff;
    return cond(0, Op, Mask, Value & Mask);
  };
  for (int I = 0; I < 20000; ++I) {
    std::vector<ArgCondition> Narrow = {RandomCondition()};
    std::vector<ArgCondition> Wide = {RandomCondition()};
    if (!conditionsCanHold(Narrow))
      continue;
    if (conditionsImply(Narrow, Wide))
      EXPECT_TRUE(impliesOnSamples(Narrow, Wide, Random))
          << compareOpName(Narrow[0].Op) << " " << Narrow[0].Value << "/"
          << Narrow[0].ValueTwo << " within " << compareOpName(Wide[0].Op)
          << " " << Wide[0].Value << "/" << Wide[0].ValueTwo;
  }
}

TEST(RuleCoverageTest, PolicyChecksUseCoverage) {
  Policy Committed;
  Committed.Syscalls = {allow({"read"}), allow({"prctl"}),
                        allow({"fcntl"}, {equal(1, 1)})};
  Policy Needed;
  Needed.Syscalls = {allow({"read"}), allow({"prctl"}, {equal(0, 15)}),
                     allow({"fcntl"}, {equal(1, 3)}), allow({"setsid"})};
  std::string Text = "{}";
  Findings Found = checkPolicy(Committed, "committed.json", Text, Needed);
  ASSERT_EQ(Found.size(), 2u);
  EXPECT_EQ(Found[0].Main.Check, "policy-new-argument");
  EXPECT_EQ(Found[0].Main.Level, Severity::Error);
  EXPECT_NE(Found[0].Main.Message.find("'fcntl' is needed with argument 1 "
                                       "== 3"),
            std::string::npos);
  EXPECT_EQ(Found[1].Main.Check, "policy-new-syscall");
  EXPECT_NE(Found[1].Main.Message.find("'setsid'"), std::string::npos);

  // Under a default that lets syscalls run, nothing is new.
  Committed.DefaultAction = Action::Allow;
  EXPECT_TRUE(checkPolicy(Committed, "committed.json", Text, Needed).empty());
}

} // namespace
} // namespace sysprune::policy
