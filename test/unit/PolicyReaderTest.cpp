#include "policy/json/PolicyReader.h"
#include "policy/json/PolicyConsistency.h"
#include "policy/json/PolicyWriter.h"

#include <gtest/gtest.h>

#include <random>

namespace sysprune::policy {
namespace {

/// Reads \p Text and returns its only error, failing the test otherwise.
Diagnostic onlyError(const std::string &Text) {
  ReadResult R = readPolicy(Text, "p.json");
  EXPECT_FALSE(R.Value);
  Diagnostics Errors;
  for (const Diagnostic &D : R.Diags)
    if (D.Level == Severity::Error)
      Errors.push_back(D);
  EXPECT_EQ(Errors.size(), 1u);
  return Errors.empty() ? Diagnostic{} : Errors.front();
}

TEST(PolicyReaderTest, ReadsAnOciProfile) {
  ReadResult R = readPolicy(R"({
    "defaultAction": "SCMP_ACT_ERRNO", "defaultErrnoRet": 38,
    "architectures": ["SCMP_ARCH_X86_64"],
    "flags": ["SECCOMP_FILTER_FLAG_TSYNC"],
    "syscalls": [
      {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},
      {"names": ["prctl"], "action": "SCMP_ACT_ALLOW",
       "args": [{"index": 0, "value": 15, "valueTwo": 0, "op": "SCMP_CMP_EQ"}]}
    ]})",
                            "p.json");
  ASSERT_TRUE(R.Value);
  EXPECT_TRUE(R.Diags.empty());
  const Policy &P = *R.Value;
  EXPECT_EQ(P.DefaultAction, Action::Errno);
  EXPECT_EQ(P.DefaultErrnoRet, 38u);
  ASSERT_EQ(P.Syscalls.size(), 2u);
  EXPECT_EQ(P.Syscalls[0].Names, (std::vector<std::string>{"read", "write"}));
  ASSERT_EQ(P.Syscalls[1].Args.size(), 1u);
  EXPECT_EQ(P.Syscalls[1].Args[0], (ArgCondition{0, 15, 0, CompareOp::Equal}));
  EXPECT_EQ(P.allowedSyscalls(),
            (std::vector<std::string>{"prctl", "read", "write"}));
}

TEST(PolicyReaderTest, MalformedJsonNamesLineAndColumn) {
  Diagnostic D = onlyError("{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n}");
  EXPECT_EQ(D.Where.File, "p.json");
  EXPECT_EQ(D.Where.Line, 3u);
  EXPECT_EQ(D.Where.Column, 1u);
  EXPECT_NE(D.Message.find("invalid JSON"), std::string::npos) << D.Message;
}

// Found by test/fuzz/PolicyReaderFuzzer.cpp: nlohmann throws out_of_range,
// not parse_error, for a number beyond a double's range.
TEST(PolicyReaderTest, NumberTooLargeForADoubleIsOneError) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "defaultErrnoRet": 2E505})");
  EXPECT_EQ(D.Where.Line, 2u);
  EXPECT_EQ(D.Where.Column, 22u);
  EXPECT_EQ(D.Message, "number 2E505 is out of range; expected a non-negative "
                       "integer of at most 18446744073709551615");
}

// JsonLocator walks the text recursively: a deep enough document overflowed
// its stack (found with a 400 KB input, beyond the fuzzer's 8 KB).
TEST(PolicyReaderTest, DeepNestingIsOneError) {
  EXPECT_TRUE(readPolicy(R"({"defaultAction": "SCMP_ACT_ALLOW", "x": )" +
                             std::string(99, '[') + std::string(99, ']') + "}",
                         "p.json")
                  .Value);
  std::string TooDeep = std::string(200000, '[') + std::string(200000, ']');
  Diagnostic D =
      onlyError(R"({"defaultAction": "SCMP_ACT_ALLOW", "x": )" + TooDeep + "}");
  EXPECT_EQ(D.Where.Column, 141u);
  EXPECT_EQ(D.Message, "value nested more than 100 levels deep; expected at "
                       "most 100 (a policy needs 8)");
}

TEST(PolicyReaderTest, UnknownSyscallSuggestsTheNearest) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["read", "epoll_create2"], "action": "SCMP_ACT_ALLOW"}]})");
  EXPECT_EQ(D.Where.Line, 2u);
  EXPECT_EQ(D.Where.Column, 35u);
  EXPECT_NE(D.Message.find("unknown syscall 'epoll_create2'"),
            std::string::npos);
  EXPECT_NE(D.Message.find("did you mean 'epoll_create'"), std::string::npos)
      << D.Message;
}

TEST(PolicyReaderTest, SyscallMissingOnAListedArchitecture) {
  // aarch64 has only openat; open is x86-only.
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64"],
  "syscalls": [{"names": ["open"], "action": "SCMP_ACT_ALLOW"}]})");
  EXPECT_NE(D.Message.find("does not exist on 'SCMP_ARCH_AARCH64'"),
            std::string::npos)
      << D.Message;
}

TEST(PolicyReaderTest, WrongTypeSaysWhatWasExpected) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": "read", "action": "SCMP_ACT_ALLOW"}]})");
  EXPECT_EQ(D.Where.Line, 2u);
  EXPECT_EQ(D.Where.Column, 26u);
  EXPECT_EQ(D.Message, "expected an array of syscall names, found string");
}

TEST(PolicyReaderTest, CLibraryReadsBackAndIsChecked) {
  const std::string Head = R"({"defaultAction": "SCMP_ACT_ALLOW",
  "sysprune": {"c_library": )";
  ReadResult R = readPolicy(Head + R"({"soname": "libc.so.6", "release": "2.41",
    "build_id": "93f70d1a", "build": "Debian GLIBC 2.41-12"}}})",
                            "p.json");
  ASSERT_TRUE(R.Value);
  ASSERT_TRUE(R.Value->Origin && R.Value->Origin->CLibrary);
  EXPECT_EQ(*R.Value->Origin->CLibrary,
            (CLibraryIdentity{"libc.so.6", "2.41", "93f70d1a",
                              "Debian GLIBC 2.41-12"}));
  EXPECT_EQ(writePolicy(*readPolicy(writePolicy(*R.Value), "q.json").Value),
            writePolicy(*R.Value));
  Diagnostic NotHex = onlyError(Head + R"({"build_id": "93F7"}}})");
  EXPECT_EQ(NotHex.Where.Line, 2u);
  EXPECT_EQ(NotHex.Message,
            "expected the build-id in lower-case hex, found '93F7'");
  Diagnostic NotObject = onlyError(Head + R"("2.41"}})");
  EXPECT_EQ(NotObject.Message, "expected an object, found string");
}

TEST(PolicyReaderTest, ArgumentIndexOutOfRange) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW",
                "args": [{"index": 6, "value": 1, "op": "SCMP_CMP_EQ"}]}]})");
  EXPECT_EQ(D.Where.Line, 3u);
  EXPECT_NE(D.Message.find("expected at most 5"), std::string::npos)
      << D.Message;
}

TEST(PolicyReaderTest, UnknownOperatorListsTheKnownOnes) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW",
                "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQUALS"}]}]})");
  EXPECT_NE(D.Message.find("unknown comparison operator 'SCMP_CMP_EQUALS'"),
            std::string::npos);
  EXPECT_NE(D.Message.find("'SCMP_CMP_MASKED_EQ'"), std::string::npos);
}

TEST(PolicyReaderTest, UnknownActionAndMissingDefault) {
  EXPECT_NE(onlyError(R"({"defaultAction": "SCMP_ACT_EXPLODE"})")
                .Message.find("unknown action 'SCMP_ACT_EXPLODE'"),
            std::string::npos);
  EXPECT_NE(
      onlyError(R"({"syscalls": []})").Message.find("missing 'defaultAction'"),
      std::string::npos);
  EXPECT_NE(onlyError("[]").Message.find("expected a policy object"),
            std::string::npos);
}

TEST(PolicyReaderTest, NegativeValueIsRejected) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW",
                "args": [{"index": 0, "value": -1, "op": "SCMP_CMP_EQ"}]}]})");
  EXPECT_EQ(D.Message,
            "expected a non-negative integer, found a negative integer");
}

TEST(PolicyReaderTest, UnknownKeysAreWarningsWithSuggestions) {
  ReadResult R = readPolicy(R"({"defaultAction": "SCMP_ACT_ALLOW",
  "syscall": []})",
                            "p.json");
  ASSERT_TRUE(R.Value);
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_EQ(R.Diags[0].Level, Severity::Warning);
  EXPECT_EQ(R.Diags[0].Where.Line, 2u);
  EXPECT_EQ(R.Diags[0].Message,
            "unknown key 'syscall' ignored; did you mean 'syscalls'?");
}

TEST(PolicyReaderTest, ContradictoryRulesNameTheFirstRule) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["exit_group", "read"], "action": "SCMP_ACT_ALLOW"},
               {"names": ["read"], "action": "SCMP_ACT_ERRNO",
                "args": [{"index": 0, "value": 3, "op": "SCMP_CMP_GE"}]}]})");
  EXPECT_EQ(D.Where.Line, 3u);
  EXPECT_EQ(D.Where.Column, 27u);
  EXPECT_EQ(D.Message,
            "contradictory rules: syscall 'read' gets SCMP_ACT_ERRNO here but "
            "was first allowed at line 2, and some arguments match both "
            "rules; keep one action, or give the rules conditions that do not "
            "overlap");
}

TEST(PolicyReaderTest, DifferentActionsForDisjointArgumentsAreFine) {
  ReadResult R = readPolicy(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["exit_group"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["ioctl"], "action": "SCMP_ACT_ALLOW",
     "args": [{"index": 1, "value": 21505, "op": "SCMP_CMP_EQ"}]},
    {"names": ["ioctl"], "action": "SCMP_ACT_ERRNO", "errnoRet": 25,
     "args": [{"index": 1, "value": 21505, "op": "SCMP_CMP_NE"}]}]})",
                            "p.json");
  EXPECT_TRUE(R.Value);
  EXPECT_TRUE(R.Diags.empty());
}

TEST(PolicyReaderTest, ARepeatedRuleIsAWarning) {
  ReadResult R = readPolicy(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["exit_group", "fcntl"], "action": "SCMP_ACT_ALLOW"},
               {"names": ["fcntl"], "action": "SCMP_ACT_ALLOW"}]})",
                            "p.json");
  ASSERT_TRUE(R.Value);
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_EQ(R.Diags[0].Level, Severity::Warning);
  EXPECT_EQ(R.Diags[0].Where.Line, 3u);
  EXPECT_EQ(R.Diags[0].Message,
            "duplicate rule: syscall 'fcntl' is allowed again with the same "
            "conditions (first allowed at line 2); the repeat has no effect");
}

TEST(PolicyReaderTest, ConditionsThatCanNeverHoldTogether) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["exit_group"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["fcntl"], "action": "SCMP_ACT_ALLOW",
     "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQ"},
              {"index": 0, "value": 2, "op": "SCMP_CMP_EQ"}]}]})");
  EXPECT_EQ(D.Where.Line, 5u);
  EXPECT_EQ(D.Where.Column, 15u);
  EXPECT_NE(D.Message.find("'SCMP_CMP_EQ 2' on argument 0 contradicts "
                           "'SCMP_CMP_EQ 1' at line 4"),
            std::string::npos)
      << D.Message;
}

TEST(PolicyReaderTest, MaskedEqualOutsideTheMask) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": [{"names": ["clone"], "action": "SCMP_ACT_ALLOW",
     "args": [{"index": 0, "value": 1, "valueTwo": 3,
               "op": "SCMP_CMP_MASKED_EQ"}]}]})");
  EXPECT_EQ(D.Where.Line, 3u);
  EXPECT_EQ(D.Where.Column, 52u);
  EXPECT_NE(D.Message.find("did you swap 'value' (the mask) and 'valueTwo'"),
            std::string::npos)
      << D.Message;
}

TEST(PolicyReaderTest, APolicyThatLetsNothingRun) {
  Diagnostic D = onlyError(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "syscalls": []})");
  EXPECT_EQ(D.Where.Line, 2u);
  EXPECT_EQ(D.Where.Column, 15u);
  EXPECT_NE(D.Message.find("a policy must allow at least exit_group"),
            std::string::npos)
      << D.Message;
  // Logging or handing calls to a supervisor lets them run.
  EXPECT_TRUE(
      readPolicy(R"({"defaultAction": "SCMP_ACT_LOG"})", "p.json").Value);
}

// conditionsCanHold decides exactly; compare it with trying every value on
// small conditions (an upper bound keeps the search finite).
TEST(PolicyReaderTest, ConditionsCanHoldAgreesWithTryingEveryValue) {
  std::mt19937 Random(42);
  auto Small = [&] { return uint64_t(Random() % 64); };
  for (int Round = 0; Round < 20000; ++Round) {
    std::vector<ArgCondition> Conditions = {{0, 63, 0, CompareOp::LessEqual}};
    for (int I = Random() % 4; I > 0; --I) {
      auto Op = static_cast<CompareOp>(Random() % 7);
      uint64_t Mask = Small();
      // Now and then expected bits outside the mask, which never match.
      uint64_t Expected = Random() % 8 ? Small() & Mask : Small();
      Conditions.push_back(
          {0, Op == CompareOp::MaskedEqual ? Mask : Small(), Expected, Op});
    }
    bool Holds = false;
    for (uint64_t X = 0; X < 64 && !Holds; ++X)
      Holds = std::all_of(
          Conditions.begin(), Conditions.end(),
          [X](const ArgCondition &C) { return conditionHolds(C, X); });
    ASSERT_EQ(conditionsCanHold(Conditions), Holds) << "round " << Round;
  }
  // Values near the top of the range.
  EXPECT_FALSE(conditionsCanHold({{1, UINT64_MAX, 0, CompareOp::Greater}}));
  EXPECT_TRUE(conditionsCanHold({{1, UINT64_MAX - 1, 0, CompareOp::Greater},
                                 {1, 1, 1, CompareOp::MaskedEqual}}));
  EXPECT_FALSE(conditionsCanHold({{1, UINT64_MAX - 1, 0, CompareOp::Greater},
                                  {1, 1, 0, CompareOp::MaskedEqual}}));
  EXPECT_TRUE(conditionsCanHold({{1, 0x10, 0, CompareOp::Greater},
                                 {1, 0xf0, 0x10, CompareOp::MaskedEqual},
                                 {1, 0x1f, 0, CompareOp::NotEqual}}));
}

TEST(PolicyReaderTest, ARepeatedKeyIsAWarningAtTheValueUsed) {
  ReadResult R = readPolicy(R"({"defaultAction": "SCMP_ACT_KILL_PROCESS",
  "defaultAction": "SCMP_ACT_KILL_PRCESS"})",
                            "p.json");
  ASSERT_EQ(R.Diags.size(), 2u);
  EXPECT_EQ(R.Diags[0].Message, "duplicate key 'defaultAction': this value "
                                "replaces the one at line 1; merge them");
  // The error is about the value nlohmann kept, so it points there.
  EXPECT_EQ(R.Diags[1].Where.Line, 2u);
  EXPECT_NE(R.Diags[1].Message.find("unknown action 'SCMP_ACT_KILL_PRCESS'"),
            std::string::npos);
}

TEST(PolicyReaderTest, MissingFileIsOneError) {
  ReadResult R = readPolicyFile("/nonexistent/policy.json");
  EXPECT_FALSE(R.Value);
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_NE(R.Diags[0].Message.find("cannot open"), std::string::npos);
}

} // namespace
} // namespace sysprune::policy
