#include "policy/LibraryModel.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

TEST(LibraryModelTest, BuiltinLibcModelIsValid) {
  Diagnostics Diags;
  const LibraryModel &M = LibraryModel::builtinLibc();
  EXPECT_EQ(M.name(), "glibc-2.36-x86_64");
  ASSERT_TRUE(M.baseline("runtime"));
  EXPECT_EQ(*M.baseline("runtime"), std::vector<std::string>{"exit_group"});
  ASSERT_TRUE(M.syscallsOf("signalfd"));
  EXPECT_EQ(*M.syscallsOf("signalfd"), std::vector<std::string>{"signalfd4"});
  ASSERT_TRUE(M.syscallsOf("sigemptyset"));
  EXPECT_TRUE(M.syscallsOf("sigemptyset")->empty());
  EXPECT_FALSE(M.syscallsOf("no_such_function"));
}

TEST(LibraryModelTest, ParsesEntriesCommentsAndBaselines) {
  Diagnostics Diags;
  auto M = LibraryModel::parse("model test\n"
                               "# a comment\n"
                               "a b: read write   # why\n"
                               "@start: exit_group\n",
                               "t.model", Diags);
  ASSERT_TRUE(M) << (Diags.empty() ? "" : Diags.front().Message);
  EXPECT_EQ(M->name(), "test");
  EXPECT_EQ(*M->syscallsOf("b"), (std::vector<std::string>{"read", "write"}));
  EXPECT_EQ(*M->baseline("start"), std::vector<std::string>{"exit_group"});
}

TEST(LibraryModelTest, UnknownSyscallIsLocated) {
  Diagnostics Diags;
  EXPECT_FALSE(
      LibraryModel::parse("f: read\ng: read wrte\n", "t.model", Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Where.Line, 2u);
  EXPECT_EQ(Diags[0].Where.Column, 9u);
  EXPECT_EQ(Diags[0].Message, "unknown syscall 'wrte'; did you mean 'write'?");
}

TEST(LibraryModelTest, MissingColonAndDuplicates) {
  Diagnostics Diags;
  EXPECT_FALSE(LibraryModel::parse("  f read\n", "t.model", Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Where.Column, 3u);
  Diags.clear();
  EXPECT_FALSE(LibraryModel::parse("f: read\nf: write\n", "t.model", Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Where.Line, 2u);
}

} // namespace
} // namespace sysprune::policy
