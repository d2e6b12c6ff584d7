// The link's stages alone: which functions start the program, and which
// model describes a function it calls.

#include "policy/link/EntryPoints.h"
#include "policy/link/ModelLookup.h"

#include <gtest/gtest.h>

namespace sysprune::policy {
namespace {

LibraryModel parseModel(const std::string &Text) {
  Diagnostics Diags;
  auto M = LibraryModel::parse(Text, "t.model", Diags);
  EXPECT_TRUE(M) << (Diags.empty() ? "" : Diags.front().Message);
  return *M;
}

FunctionFacts function(const std::string &Id, const std::string &Name,
                       bool External = true) {
  FunctionFacts F;
  F.Id = Id;
  F.Name = Name;
  F.External = External;
  F.Where = {"/src/" + Id + ".c", 1, 1};
  return F;
}

TEST(EntryPointsTest, MainIsTheEntryAndTwoMainsAreTwoPrograms) {
  ProgramFacts Facts;
  Facts.Functions = {{"main", function("main", "main")},
                     {"helper", function("helper", "helper")}};
  std::vector<const FunctionFacts *> Roots;
  Diagnostics Diags;
  ASSERT_TRUE(findEntryPoints(Facts, LinkOptions{}, Roots, Diags));
  ASSERT_EQ(Roots.size(), 1u);
  EXPECT_EQ(Roots.front()->Name, "main");

  Facts.Redefinitions["main"] = {{"/src/other.c", 3, 1}};
  Roots.clear();
  EXPECT_FALSE(findEntryPoints(Facts, LinkOptions{}, Roots, Diags));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_NE(Diags.front().Message.find("2 definitions of 'main'"),
            std::string::npos);
}

TEST(EntryPointsTest, ALibraryStartsAtEveryExternalFunction) {
  ProgramFacts Facts;
  Facts.Functions = {{"api", function("api", "api")},
                     {"local", function("local", "local", false)}};
  LinkOptions Options;
  Options.Library = true;
  std::vector<const FunctionFacts *> Roots;
  Diagnostics Diags;
  ASSERT_TRUE(findEntryPoints(Facts, Options, Roots, Diags));
  ASSERT_EQ(Roots.size(), 1u);
  EXPECT_EQ(Roots.front()->Name, "api");

  Options.Library = false;
  Options.Entries = {"missing"};
  Roots.clear();
  EXPECT_FALSE(findEntryPoints(Facts, Options, Roots, Diags));
  EXPECT_NE(Diags.back().Message.find("no definition of entry point"),
            std::string::npos);
}

TEST(ModelLookupTest, OtherLibrariesFirstThenTheCLibraryThenMachineCode) {
  LibraryModel Libc = parseModel(
      "model libc\nread: read\nwrite: write\n@runtime: exit_group\n");
  LibraryModel Other = parseModel("model other\nwrite: pwrite64\n");
  LibraryModel Runtime = parseModel("model runtime\nextra: getpid\n");
  unsigned Loaded = 0;
  LinkOptions Options;
  Options.Libraries = {&Other};
  Options.RuntimeLibraries = [&] {
    ++Loaded;
    return std::vector<const LibraryModel *>{&Runtime};
  };
  ModelLookup Models(Libc, Options);
  EXPECT_TRUE(Models.libcChecked());

  auto [WriteModel, Write] = Models.lookup("write");
  EXPECT_EQ(WriteModel, &Other);
  ASSERT_TRUE(Write);
  EXPECT_EQ(Write->front().Name, "pwrite64");
  auto [ReadModel, Read] = Models.lookup("read");
  EXPECT_EQ(ReadModel, &Libc);
  EXPECT_TRUE(Models.isCLibrary(ReadModel));
  // The runtime libraries' machine code is loaded only when a function
  // needs it, and once.
  EXPECT_EQ(Loaded, 0u);
  auto [ExtraModel, Extra] = Models.lookup("extra");
  EXPECT_EQ(ExtraModel, &Runtime);
  Models.lookup("nothing");
  EXPECT_EQ(Loaded, 1u);
  EXPECT_EQ(Models.RuntimeLibrariesUsed,
            std::vector<const LibraryModel *>{&Runtime});
  auto [NoModel, None] = Models.lookup("nothing");
  EXPECT_EQ(NoModel, nullptr);
  EXPECT_EQ(None, nullptr);
}

} // namespace
} // namespace sysprune::policy
