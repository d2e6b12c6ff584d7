#include "policy/library/LibraryModel.h"
#include "policy/binary/LibraryModelOf.h"

#include "policy/binary/ModelBuilder.h"
#include "policy/binary/PathGroups.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

std::vector<std::string> names(const std::vector<ModelSyscall> &Syscalls) {
  std::vector<std::string> Out;
  for (const ModelSyscall &S : Syscalls)
    Out.push_back(S.Name);
  return Out;
}

TEST(LibraryModelTest, BuiltinLibcModelIsValid) {
  Diagnostics Diags;
  const LibraryModel &M = LibraryModel::builtinLibc();
  EXPECT_EQ(M.name(), "glibc-2.36-x86_64");
  ASSERT_TRUE(M.baseline("runtime"));
  EXPECT_EQ(names(*M.baseline("runtime")),
            (std::vector<std::string>{"exit_group", "restart_syscall"}));
  ASSERT_TRUE(M.baseline("loader"));
  EXPECT_EQ(names(*M.baseline("loader")).front(), "execve");
  ASSERT_TRUE(M.syscallsOf("signalfd"));
  EXPECT_EQ(names(*M.syscallsOf("signalfd")),
            std::vector<std::string>{"signalfd4"});
  // Wrappers of syscalls whose arguments select the operation pass them on.
  ASSERT_TRUE(M.syscallsOf("prctl"));
  EXPECT_TRUE(M.syscallsOf("prctl")->front().ArgumentMap);
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
  EXPECT_EQ(names(*M->syscallsOf("b")),
            (std::vector<std::string>{"read", "write"}));
  EXPECT_EQ(names(*M->baseline("start")),
            std::vector<std::string>{"exit_group"});
}

TEST(LibraryModelTest, ArgumentMaps) {
  Diagnostics Diags;
  auto M = LibraryModel::parse("prctl: =prctl\n"
                               "raise: getpid =tgkill(_,_,0)\n"
                               "isatty: =ioctl(0,#0x5401)\n",
                               "t.model", Diags);
  ASSERT_TRUE(M) << (Diags.empty() ? "" : Diags.front().Message);
  using K = ModelArgument::Kind;
  EXPECT_EQ(M->syscallsOf("prctl")->front().ArgumentMap->size(), 6u);
  EXPECT_EQ(M->syscallsOf("prctl")->front().ArgumentMap->at(5),
            (ModelArgument{K::FromArgument, 5}));
  const auto &Raise = *M->syscallsOf("raise");
  EXPECT_FALSE(Raise[0].ArgumentMap);
  EXPECT_EQ(Raise[1].Name, "tgkill");
  EXPECT_EQ(Raise[1].ArgumentMap,
            (std::vector<ModelArgument>{{}, {}, {K::FromArgument, 0}}));
  EXPECT_EQ(M->syscallsOf("isatty")->front().ArgumentMap,
            (std::vector<ModelArgument>{{K::FromArgument, 0},
                                        {K::Constant, 0x5401}}));
}

TEST(LibraryModelTest, BadArgumentMapsAreLocated) {
  Diagnostics Diags;
  EXPECT_FALSE(LibraryModel::parse("f: =tgkill(_,x)\n", "t.model", Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Where.Column, 4u);
  EXPECT_NE(Diags[0].Message.find("found 'x'"), std::string::npos);
  Diags.clear();
  EXPECT_FALSE(LibraryModel::parse("f: =tgkill(0\n", "t.model", Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_NE(Diags[0].Message.find("expected ')'"), std::string::npos);
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

TEST(LibraryModelTest, BuiltinLibcGroupsAreValid) {
  const binary::PathGroups *Groups = binary::builtinPathGroupsFor("libc.so.6");
  ASSERT_TRUE(Groups);
  ASSERT_EQ(Groups->Groups.size(), 2u);
  EXPECT_EQ(Groups->Groups[0].Name, "@fatal");
  EXPECT_EQ(Groups->Groups[0].From,
            (std::vector<std::string>{"__libc_fatal", "abort"}));
  EXPECT_TRUE(Groups->Groups[0].NeededFor.empty());
  EXPECT_EQ(Groups->Groups[1].Name, "@cancel");
  EXPECT_EQ(Groups->Groups[1].NeededFor.front(), "pthread_cancel");
  EXPECT_FALSE(binary::builtinPathGroupsFor("libm.so.6"));
}

TEST(LibraryModelTest, BinaryModelDoesWhatItsGroupsDo) {
  // read enters @fatal, which enters @cancel: read can make all three's
  // syscalls (x86_64: read 0, getpid 39, tgkill 234, futex 202).
  binary::BinaryModel Binary;
  Binary.Soname = "libdemo.so";
  Binary.Arch = "SCMP_ARCH_X86_64";
  Binary.Functions["read"].Syscalls = {0};
  Binary.Functions["read"].Groups = {"@fatal"};
  Binary.Groups["@fatal"].Model.Syscalls = {39, 234};
  Binary.Groups["@fatal"].Model.Groups = {"@cancel"};
  Binary.Groups["@cancel"].Model.Syscalls = {202};
  LibraryModel M = binary::libraryModelOf(Binary);
  ASSERT_TRUE(M.syscallsOf("read"));
  EXPECT_EQ(names(*M.syscallsOf("read")),
            (std::vector<std::string>{"read", "getpid", "futex", "tgkill"}));
}

TEST(LibraryModelTest, GroupNeededForSomeFunctionsIsWhatThoseFunctionsDo) {
  // @cancel (futex 202) is needed only by programs that call
  // pthread_cancel: read, which can enter it, does not carry it; the
  // function it is needed for does, even without entering it.
  binary::BinaryModel Binary;
  Binary.Soname = "libdemo.so";
  Binary.Arch = "SCMP_ARCH_X86_64";
  Binary.Functions["read"].Syscalls = {0};
  Binary.Functions["read"].Groups = {"@cancel"};
  Binary.Functions["pthread_cancel"].Syscalls = {234};
  Binary.Groups["@cancel"].Model.Syscalls = {202};
  Binary.Groups["@cancel"].NeededFor = {"pthread_cancel"};
  LibraryModel M = binary::libraryModelOf(Binary);
  ASSERT_TRUE(M.syscallsOf("read") && M.syscallsOf("pthread_cancel"));
  EXPECT_EQ(names(*M.syscallsOf("read")), (std::vector<std::string>{"read"}));
  EXPECT_EQ(names(*M.syscallsOf("pthread_cancel")),
            (std::vector<std::string>{"futex", "tgkill"}));
}

TEST(LibraryModelTest, BinaryModelReadsBackWhatWasWritten) {
  binary::BinaryModel Model;
  Model.Soname = "libdemo.so";
  Model.Sha256 = "00ff";
  Model.Arch = "SCMP_ARCH_X86_64";
  Model.Needed = {"libc.so.6"};
  Model.CodeRegions = 7;
  Model.Functions["demo_read"].Syscalls = {0, 9999}; // 9999: no name
  Model.Functions["demo_read"].Imports = {"malloc"};
  Model.Functions["demo_read"].Groups = {"@fatal"};
  Model.Functions["demo_read"].IndirectCalls = true;
  Model.Groups["@fatal"].From = {"demo_die"};
  Model.Groups["@fatal"].NeededFor = {"demo_exit"};
  Model.Groups["@fatal"].Model.Syscalls = {39};
  Model.Groups["@indirect"].PointedTo = 12;
  std::string Text = binary::writeBinaryModel(Model);
  auto Read = binary::readBinaryModel(Text);
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(binary::writeBinaryModel(*Read), Text);
  EXPECT_EQ(Read->Functions["demo_read"].Syscalls, (std::set<long>{0, 9999}));
  EXPECT_EQ(Read->Groups["@fatal"].NeededFor,
            (std::vector<std::string>{"demo_exit"}));
  EXPECT_EQ(Read->Sha256, "00ff");
  EXPECT_EQ(Read->Groups["@indirect"].PointedTo, 12u);

  auto Broken = binary::readBinaryModel("{\"library\": 1}");
  EXPECT_FALSE(static_cast<bool>(Broken));
  llvm::consumeError(Broken.takeError());
}

} // namespace
} // namespace sysprune::policy
