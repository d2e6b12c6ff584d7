#include "policy/PolicyJson.h"

#include <gtest/gtest.h>

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

TEST(PolicyReaderTest, MissingFileIsOneError) {
  ReadResult R = readPolicyFile("/nonexistent/policy.json");
  EXPECT_FALSE(R.Value);
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_NE(R.Diags[0].Message.find("cannot open"), std::string::npos);
}

} // namespace
} // namespace sysprune::policy
