// The union of several builds' models (--libc portable, `sysprune model A B`)
// and the checked-in portable models it produced.

#include "policy/binary/ModelUnion.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/binary/RuntimeModels.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sysprune::policy::binary {
namespace {

BinaryModel build(const std::string &Release, const std::string &Sha) {
  BinaryModel M;
  M.Soname = "libc.so.6";
  M.Arch = "SCMP_ARCH_X86_64";
  M.Sha256 = Sha;
  M.Identity = CLibraryIdentity{"libc.so.6", Release, "ab12",
                                "Debian GLIBC " + Release + "-1"};
  return M;
}

TEST(ModelUnionTest, EachFunctionDoesWhatItDoesInAnyBuild) {
  BinaryModel Old = build("2.9", "aa");
  Old.Functions["fstat"].Syscalls = {5}; // fstat
  Old.Functions["gone"].Syscalls = {39}; // getpid
  BinaryModel New = build("2.10", "bb");
  New.Functions["fstat"].Syscalls = {262}; // newfstatat
  New.Functions["fstat"].UnknownSyscalls = true;
  New.Functions["added"].Imports = {"__unordtf2"};
  New.Needed = {"ld-linux-x86-64.so.2"};

  auto United = unionOfBuilds({New, Old});
  ASSERT_TRUE(static_cast<bool>(United)) << llvm::toString(United.takeError());
  EXPECT_EQ(United->Functions["fstat"].Syscalls, (std::set<long>{5, 262}));
  EXPECT_TRUE(United->Functions["fstat"].UnknownSyscalls);
  EXPECT_EQ(United->Functions["gone"].Syscalls, (std::set<long>{39}));
  EXPECT_EQ(United->Functions["added"].Imports,
            (std::set<std::string>{"__unordtf2"}));
  EXPECT_EQ(United->Needed, (std::vector<std::string>{"ld-linux-x86-64.so.2"}));
  // No one file: each build's, and each release, ordered by number.
  EXPECT_TRUE(United->Sha256.empty());
  EXPECT_EQ(United->UnionOf, (std::vector<std::string>{"bb", "aa"}));
  ASSERT_TRUE(United->Identity);
  EXPECT_EQ(United->Identity->Release, "2.9 2.10");
  EXPECT_EQ(United->Identity->BuildId, "");
  EXPECT_EQ(United->Identity->Build, "Debian GLIBC 2.10-1; Debian GLIBC 2.9-1");

  // Written and read back, it is the same union.
  auto Read = readBinaryModel(writeBinaryModel(*United));
  ASSERT_TRUE(static_cast<bool>(Read)) << llvm::toString(Read.takeError());
  EXPECT_EQ(Read->UnionOf, United->UnionOf);
  EXPECT_EQ(Read->Identity, United->Identity);
  EXPECT_EQ(Read->Functions["fstat"].Syscalls, (std::set<long>{5, 262}));
}

TEST(ModelUnionTest, GroupsNeededByEveryProgramInOneBuildAreInTheUnion) {
  BinaryModel A = build("2.36", "aa");
  A.Groups["@cancel"].NeededFor = {"pthread_cancel"};
  A.Groups["@cancel"].From = {"__libc_unwind_link_get"};
  A.Groups["@cancel"].Model.Syscalls = {202};
  BinaryModel B = build("2.41", "bb");
  B.Groups["@cancel"].From = {"__libc_unwind_link_get"};
  B.Groups["@cancel"].Model.Syscalls = {0};
  B.Groups["@indirect"].PointedTo = 7;

  auto United = unionOfBuilds({A, B});
  ASSERT_TRUE(static_cast<bool>(United)) << llvm::toString(United.takeError());
  const GroupModel &Cancel = United->Groups["@cancel"];
  EXPECT_TRUE(Cancel.NeededFor.empty());
  EXPECT_EQ(Cancel.From, (std::vector<std::string>{"__libc_unwind_link_get"}));
  EXPECT_EQ(Cancel.Model.Syscalls, (std::set<long>{0, 202}));
  EXPECT_EQ(United->Groups["@indirect"].PointedTo, 7u);
}

TEST(ModelUnionTest, BuildsOfDifferentLibrariesAreAnError) {
  BinaryModel C = build("2.36", "aa");
  BinaryModel Cxx = build("2.36", "bb");
  Cxx.Soname = "libstdc++.so.6";
  auto United = unionOfBuilds({C, Cxx});
  ASSERT_FALSE(static_cast<bool>(United));
  EXPECT_EQ(llvm::toString(United.takeError()),
            "models of different libraries cannot be united: libc.so.6 "
            "(SCMP_ARCH_X86_64) and libstdc++.so.6 (SCMP_ARCH_X86_64)");
  auto None = unionOfBuilds({});
  ASSERT_FALSE(static_cast<bool>(None));
  llvm::consumeError(None.takeError());
}

/// The checked-in portable models hold every build they name, Debian 12's
/// among them: each function of its checked-in model makes no syscall and
/// calls nothing the portable model's lacks.
TEST(ModelUnionTest, PortableModelsHoldDebian12s) {
  auto Portable = loadRuntimeModels(RuntimeTarget::Portable, "", "");
  auto Debian12 = loadRuntimeModels(RuntimeTarget::Debian12, "", "");
  ASSERT_TRUE(static_cast<bool>(Portable) && static_cast<bool>(Debian12));
  ASSERT_EQ(Portable->size(), Debian12->size());
  for (size_t I = 0; I < Portable->size(); ++I) {
    const BinaryModel &P = (*Portable)[I].Model;
    const BinaryModel &D = (*Debian12)[I].Model;
    ASSERT_EQ(P.Soname, D.Soname);
    EXPECT_NE(std::find(P.UnionOf.begin(), P.UnionOf.end(), D.Sha256),
              P.UnionOf.end())
        << P.Soname;
    for (const auto &[Name, F] : D.Functions) {
      auto It = P.Functions.find(Name);
      ASSERT_NE(It, P.Functions.end()) << P.Soname << " " << Name;
      EXPECT_TRUE(std::includes(It->second.Syscalls.begin(),
                                It->second.Syscalls.end(), F.Syscalls.begin(),
                                F.Syscalls.end()))
          << P.Soname << " " << Name;
      EXPECT_TRUE(std::includes(It->second.Imports.begin(),
                                It->second.Imports.end(), F.Imports.begin(),
                                F.Imports.end()))
          << P.Soname << " " << Name;
    }
  }
  auto Releases = targetCLibrary(RuntimeTarget::Portable);
  ASSERT_TRUE(Releases);
  EXPECT_EQ(Releases->Release, "2.31 2.36 2.41 2.43");
  auto Bookworm = targetCLibrary(RuntimeTarget::Debian12);
  ASSERT_TRUE(Bookworm);
  EXPECT_EQ(Bookworm->Release, "2.36");
}

} // namespace
} // namespace sysprune::policy::binary
