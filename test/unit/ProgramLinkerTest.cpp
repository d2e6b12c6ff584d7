#include "policy/link/ProgramLinker.h"
#include "policy/binary/LibraryModelOf.h"
#include "policy/binary/ModelBuilder.h"

#include <gtest/gtest.h>

#include <sys/syscall.h>

namespace sysprune::policy {
namespace {

LibraryModel testModel() {
  Diagnostics Diags;
  auto M = LibraryModel::parse("model test\n@runtime: exit_group\n"
                               "epoll_create1: epoll_create1\n"
                               "printf: write newfstatat\n",
                               "t.model", Diags);
  EXPECT_TRUE(M);
  return *M;
}

FunctionFacts function(std::string Id, std::string Name) {
  FunctionFacts F;
  F.Id = Id;
  F.Name = std::move(Name);
  F.Where = {"/src/" + Id + ".c", 1, 1};
  return F;
}

CallFact call(std::string Callee, unsigned Line = 2) {
  return {Callee, Callee, {"/src/main.c", Line, 3}};
}

TEST(ProgramLinkerTest, AllowsOnlyWhatIsReachable) {
  ProgramFacts Facts;
  FunctionFacts Main = function("main", "main");
  Main.Calls = {call("helper"), call("printf", 5)};
  FunctionFacts Helper = function("helper", "helper");
  Helper.Calls = {call("epoll_create1")};
  FunctionFacts Dead = function("dead", "dead");
  Dead.Syscalls = {{SYS_ptrace, {"/src/dead.c", 4, 3}, "syscall"}};
  Facts.Functions = {{"main", Main}, {"helper", Helper}, {"dead", Dead}};

  LinkOptions Options;
  Options.Root = "/src";
  LinkResult R = linkProgram(Facts, testModel(), Options);
  EXPECT_TRUE(R.Diags.empty());
  EXPECT_EQ(R.Result.allowedSyscalls(),
            (std::vector<std::string>{"epoll_create1", "exit_group",
                                      "newfstatat", "write"}));
  EXPECT_EQ(R.ReachableFunctions, 2u);
  const Provenance &Origin = *R.Result.Origin;
  ASSERT_EQ(Origin.Sites.at("epoll_create1").size(), 1u);
  const Site &S = Origin.Sites.at("epoll_create1").front();
  EXPECT_EQ(S.Where.File, "main.c"); // relative to the root
  EXPECT_EQ(S.Function, "helper");
  EXPECT_EQ(S.Via, "epoll_create1");
  EXPECT_EQ(Origin.FromBaselines.at("exit_group"),
            std::vector<std::string>{"runtime"});
}

TEST(ProgramLinkerTest, StaticInitialisersAreRoots) {
  ProgramFacts Facts;
  FunctionFacts Init = function("init", "<static initialisers of a.cc>");
  Init.IsStaticInitialiser = true;
  Init.Syscalls = {{SYS_gettid, {"/src/a.cc", 1, 1}, "syscall"}};
  Facts.Functions = {{"main", function("main", "main")}, {"init", Init}};
  LinkResult R = linkProgram(Facts, testModel(), {});
  EXPECT_EQ(R.Result.allowedSyscalls(),
            (std::vector<std::string>{"exit_group", "gettid"}));
}

TEST(ProgramLinkerTest, MissingEntryIsAnError) {
  ProgramFacts Facts;
  Facts.Functions = {{"f", function("f", "f")}};
  LinkResult R = linkProgram(Facts, testModel(), {});
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_EQ(R.Diags[0].Level, Severity::Error);
  EXPECT_NE(R.Diags[0].Message.find("'main'"), std::string::npos);
}

TEST(ProgramLinkerTest, OtherEntriesAndUnmodelledFunctions) {
  ProgramFacts Facts;
  FunctionFacts Start = function("start", "start");
  Start.Calls = {call("mystery")};
  Start.Syscalls = {{99999, {"/src/s.c", 7, 2}, "syscall"}};
  Facts.Functions = {{"start", Start}};
  LinkOptions Options;
  Options.Entries = {"start"};
  LinkResult R = linkProgram(Facts, testModel(), Options);
  ASSERT_EQ(R.Diags.size(), 2u);
  EXPECT_EQ(R.Diags[0].Level, Severity::Warning);
  EXPECT_EQ(R.Diags[0].Where.Line, 7u);
  // The function no model describes is named, at its call.
  EXPECT_EQ(R.Diags[1].Level, Severity::Warning);
  EXPECT_EQ(R.Diags[1].Check, "sysprune-unmodelled");
  EXPECT_EQ(R.Diags[1].Where.Line, 2u);
  EXPECT_NE(R.Diags[1].Message.find("'mystery'"), std::string::npos);
  EXPECT_EQ(R.Result.Origin->Unmodelled, std::vector<std::string>{"mystery"});
  EXPECT_EQ(R.Result.allowedSyscalls(), std::vector<std::string>{"exit_group"});
}

TEST(ProgramLinkerTest, UnresolvedFactsOnlyWhenReachable) {
  ProgramFacts Facts;
  FunctionFacts Main = function("main", "main");
  Main.Unresolved = {{{"/src/main.c", 3, 4}, "not constant", "check"}};
  FunctionFacts Dead = function("dead", "dead");
  Dead.Unresolved = {{{"/src/dead.c", 3, 4}, "not constant", "check"}};
  Facts.Functions = {{"main", Main}, {"dead", Dead}};
  LinkResult R = linkProgram(Facts, testModel(), {});
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_EQ(R.Diags[0].Where.File, "/src/main.c");
}

TEST(ProgramLinkerTest, FunctionsSeenTwiceAreUnitedAndWarnOnce) {
  // One file compiled twice with different flags.
  FunctionFacts First = function("main", "main");
  First.Calls = {call("epoll_create1")};
  First.Unresolved = {{{"/src/main.c", 3, 4}, "not constant", "check"}};
  FunctionFacts Second = First;
  Second.Calls = {call("printf")};
  ProgramFacts Facts, Other;
  Facts.Functions = {{"main", First}};
  Other.Functions = {{"main", Second}};
  Facts.merge(std::move(Other));
  LinkResult R = linkProgram(Facts, testModel(), {});
  EXPECT_EQ(R.Result.allowedSyscalls(),
            (std::vector<std::string>{"epoll_create1", "exit_group",
                                      "newfstatat", "write"}));
  EXPECT_EQ(R.Diags.size(), 1u);
}

TEST(ProgramLinkerTest, LibraryModelsAndTheirImports) {
  // libfoo's foo_open makes openat itself and calls printf (libc) and
  // bar_log (nowhere modelled).
  binary::BinaryModel Foo;
  Foo.Soname = "libfoo.so";
  Foo.Arch = "SCMP_ARCH_X86_64";
  Foo.Functions["foo_open"].Syscalls = {257};
  Foo.Functions["foo_open"].Imports = {"printf", "bar_log"};
  LibraryModel FooModel = binary::libraryModelOf(Foo);

  ProgramFacts Facts;
  FunctionFacts Main = function("main", "main");
  Main.Calls = {call("foo_open", 4)};
  Facts.Functions = {{"main", Main}};
  LinkOptions Options;
  Options.Libraries = {&FooModel};
  LinkResult R = linkProgram(Facts, testModel(), Options);
  EXPECT_EQ(R.Result.allowedSyscalls(),
            (std::vector<std::string>{"exit_group", "newfstatat", "openat",
                                      "write"}));
  EXPECT_EQ(R.Result.Origin->Models,
            (std::vector<std::string>{"libfoo.so", "test"}));
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_EQ(R.Diags[0].Check, "sysprune-unmodelled");
  EXPECT_EQ(R.Diags[0].Where.Line, 4u);
  EXPECT_NE(R.Diags[0].Message.find("'bar_log (called by foo_open in "
                                    "libfoo.so)'"),
            std::string::npos)
      << R.Diags[0].Message;
}

} // namespace
} // namespace sysprune::policy
