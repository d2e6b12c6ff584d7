#include "policy/json/PolicyWriter.h"
#include "policy/json/PolicyReader.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

Policy samplePolicy() {
  Policy P;
  P.Architectures = {"SCMP_ARCH_X86_64"};
  SyscallRule Rule;
  Rule.Names = {"close", "read"};
  P.Syscalls.push_back(Rule);
  SyscallRule Prctl;
  Prctl.Names = {"prctl"};
  Prctl.Args = {{0, 15, 0, CompareOp::Equal}};
  P.Syscalls.push_back(Prctl);
  Provenance Origin;
  Origin.ToolVersion = "0.1.0";
  Origin.Entries = {"main"};
  Origin.Sites["read"] = {{{"main.c", 3, 5}, "main", "read"}};
  Origin.FromBaselines["exit_group"] = {"runtime"};
  Origin.Unmodelled = {"strlen"};
  P.Origin = Origin;
  return P;
}

TEST(PolicyWriterTest, RoundTripsThroughTheReader) {
  Policy P = samplePolicy();
  std::string Json = writePolicy(P);
  ReadResult R = readPolicy(Json, "round.json");
  ASSERT_TRUE(R.Value) << (R.Diags.empty() ? "" : R.Diags.front().Message);
  EXPECT_TRUE(R.Diags.empty());
  EXPECT_EQ(writePolicy(*R.Value), Json);
  ASSERT_TRUE(R.Value->Origin);
  EXPECT_EQ(R.Value->Origin->Sites.at("read").front().Where.Line, 3u);
  EXPECT_EQ(R.Value->Origin->Unmodelled, (std::vector<std::string>{"strlen"}));
}

// Found by test/fuzz/PolicyReaderFuzzer.cpp: provenance for a syscall with
// neither sites nor baselines was dropped by the writer.
TEST(PolicyWriterTest, ProvenanceWithoutSitesRoundTrips) {
  Policy P = samplePolicy();
  P.Origin->Unrestricted["write"] = "its descriptor comes from the caller";
  P.Origin->Chains["close"] = {{"main", {"main.c", 9, 3}}};
  P.Origin->Arguments["prctl"] = {{{{0, 15, 0, CompareOp::Equal}}, {}, {}}};
  ReadResult R = readPolicy(writePolicy(P), "round.json");
  ASSERT_TRUE(R.Value) << (R.Diags.empty() ? "" : R.Diags.front().Message);
  EXPECT_EQ(*R.Value, P);
}

TEST(PolicyWriterTest, OciFieldsComeFirstInAFixedOrder) {
  std::string Json = writePolicy(samplePolicy());
  size_t Default = Json.find("\"defaultAction\"");
  size_t Arches = Json.find("\"architectures\"");
  size_t Syscalls = Json.find("\"syscalls\"");
  size_t Extension = Json.find("\"sysprune\"");
  EXPECT_LT(Default, Arches);
  EXPECT_LT(Arches, Syscalls);
  EXPECT_LT(Syscalls, Extension);
  EXPECT_EQ(Json.back(), '\n');
}

} // namespace
} // namespace sysprune::policy
