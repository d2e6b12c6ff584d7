// The link step for a program that runs with a C library release other than
// the one the hand-checked model was checked against.

#include "policy/binary/LibraryModelOf.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/link/ProgramLinker.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sysprune::policy {
namespace {

LibraryModel parsed(const std::string &Text) {
  Diagnostics Diags;
  auto M = LibraryModel::parse(Text, "t.model", Diags);
  EXPECT_TRUE(M) << (Diags.empty() ? "" : Diags.front().Message);
  return M ? *M : LibraryModel{};
}

/// A hand-checked model of release 2.36.
const LibraryModel &checkedModel() {
  static const LibraryModel M =
      parsed("model checked-2.36\n"
             "checked glibc 2.36\n"
             "@runtime: exit_group\n"
             "@loader: execve brk\n"
             "derive @loader ld.so:* libc.so.6:__libc_start_main\n"
             "~newfstatat: fstat statx\n"
             "printf: write newfstatat\n"
             "prctl: =prctl\n"
             "tcgetattr: =ioctl(_,#0x5401)\n"
             "abort: =tgkill(_,_,#6)\n"
             "system: clone wait4 execve\n"
             "puts: write newfstatat\n"
             "std::basic_ostream* std::ostream::*: write newfstatat\n");
  return M;
}

/// Another release's machine code, as runtime libraries.
struct OtherRelease {
  LibraryModel Libc = parsed("model libc.so.6\n"
                             "printf: write fstat\n"
                             "prctl: prctl\n"
                             "tcgetattr: ioctl\n"
                             "abort: tgkill getpid\n"
                             "system: clone3 wait4 execve\n"
                             "puts: write fstat execve\n"
                             "__libc_start_main: exit_group munmap\n");
  LibraryModel Loader = parsed("model ld.so\n"
                               "_dl_open: openat fstat\n"
                               "_dl_close: munmap\n");
};

FunctionFacts mainCalling(std::vector<std::string> Callees) {
  FunctionFacts Main;
  Main.Id = Main.Name = "main";
  Main.Where = {"/src/main.c", 1, 1};
  unsigned Line = 2;
  for (const std::string &Callee : Callees) {
    CallFact Call{Callee, Callee, {"/src/main.c", Line++, 3}};
    if (Callee == "prctl" || Callee == "tcgetattr")
      Call.Args = {ArgValue::constant(38), ArgValue::constant(1)};
    Main.Calls.push_back(std::move(Call));
  }
  return Main;
}

LinkResult link(const std::vector<std::string> &Callees,
                const std::string &Version, const OtherRelease &Release,
                std::vector<std::string> Baselines = {"runtime"}) {
  ProgramFacts Facts;
  Facts.Functions = {{"main", mainCalling(Callees)}};
  LinkOptions Options;
  Options.Baselines = std::move(Baselines);
  Options.RunsWith = CLibraryIdentity{"libc.so.6", Version, "", ""};
  Options.RuntimeLibraries = [&Release] {
    return std::vector<const LibraryModel *>{&Release.Libc, &Release.Loader};
  };
  return linkProgram(Facts, checkedModel(), Options);
}

bool allows(const LinkResult &R, const std::string &Syscall) {
  std::vector<std::string> All = R.Result.allowedSyscalls();
  return std::find(All.begin(), All.end(), Syscall) != All.end();
}

TEST(LibcReleaseTest, TheCheckedReleaseUsesTheHandCheckedModel) {
  OtherRelease Release;
  LinkResult R = link({"printf"}, "2.36", Release);
  EXPECT_TRUE(allows(R, "newfstatat"));
  EXPECT_FALSE(allows(R, "fstat"));
  EXPECT_TRUE(R.Diags.empty());
  EXPECT_EQ(R.Result.Origin->Models, std::vector<std::string>{"checked-2.36"});
}

TEST(LibcReleaseTest, AnotherReleaseIsWhatItsMachineCodeDoes) {
  OtherRelease Release;
  LinkResult R = link({"printf", "abort"}, "2.41", Release);
  // printf's code makes fstat, which the checked entry does not list.
  EXPECT_TRUE(allows(R, "fstat"));
  EXPECT_FALSE(allows(R, "newfstatat"));
  // abort's code makes getpid too: the machine code, without the checked
  // entry's argument rule.
  EXPECT_TRUE(allows(R, "getpid"));
  EXPECT_TRUE(allows(R, "tgkill"));
  for (const SyscallRule &Rule : R.Result.Syscalls)
    if (Rule.Names == std::vector<std::string>{"tgkill"})
      EXPECT_TRUE(Rule.Args.empty());
  ASSERT_EQ(R.Diags.size(), 1u);
  EXPECT_EQ(R.Diags[0].Check, "sysprune-libc-model");
  EXPECT_EQ(R.Diags[0].Level, Severity::Note);
  EXPECT_NE(R.Diags[0].Message.find("libc.so.6 (glibc 2.41)"),
            std::string::npos);
  EXPECT_NE(R.Diags[0].Message.find("glibc 2.36"), std::string::npos);
  EXPECT_EQ(R.Result.Origin->Models,
            (std::vector<std::string>{
                "libc.so.6 (glibc 2.41) (machine code)",
                "checked-2.36 (where that machine code agrees)"}));
}

TEST(LibcReleaseTest, CheckedEntriesHoldWhereTheMachineCodeAgrees) {
  OtherRelease Release;
  LinkResult R = link({"prctl", "tcgetattr"}, "2.41", Release);
  // prctl passes its arguments on, as the checked entry says: the rule
  // stays. tcgetattr's constant request is the checked release's choice:
  // on another, ioctl is allowed with any arguments.
  bool PrctlRule = false, IoctlRule = false;
  for (const SyscallRule &Rule : R.Result.Syscalls) {
    PrctlRule |=
        Rule.Names == std::vector<std::string>{"prctl"} && !Rule.Args.empty();
    IoctlRule |=
        Rule.Names == std::vector<std::string>{"ioctl"} && !Rule.Args.empty();
  }
  EXPECT_TRUE(PrctlRule);
  EXPECT_FALSE(IoctlRule);
  EXPECT_TRUE(allows(R, "ioctl"));
}

TEST(LibcReleaseTest, NamesNoMachineCodeDescribesAreWidened) {
  OtherRelease Release;
  // std::ostream::write, described by the checked model's prefix only.
  LinkResult R = link({"_ZNSo5writeEPKcl"}, "2.41", Release);
  for (const char *Syscall : {"write", "newfstatat", "fstat", "statx"})
    EXPECT_TRUE(allows(R, Syscall)) << Syscall;
}

TEST(LibcReleaseTest, DerivedBaselinesAddTheReleasesStartUp) {
  OtherRelease Release;
  LinkResult R = link({}, "2.41", Release, {"loader", "runtime"});
  for (const char *Syscall :
       {"execve", "brk", "openat", "fstat", "munmap", "exit_group"})
    EXPECT_TRUE(allows(R, Syscall)) << Syscall;
  LinkResult Checked = link({}, "2.36", Release, {"loader", "runtime"});
  EXPECT_FALSE(allows(Checked, "openat"));
}

TEST(LibcReleaseTest, ExecReachedOnlyThroughPointersIsANote) {
  OtherRelease Release;
  // puts's machine code reaches execve (through stdio's pointers, say); the
  // checked model knows it runs no program: execve is allowed, and a note
  // says why instead of a warning that the program runs others.
  LinkResult R = link({"puts"}, "2.41", Release);
  EXPECT_TRUE(allows(R, "execve"));
  std::vector<const Diagnostic *> Exec;
  for (const Diagnostic &D : R.Diags)
    if (D.Check == "sysprune-exec")
      Exec.push_back(&D);
  ASSERT_EQ(Exec.size(), 1u);
  EXPECT_EQ(Exec[0]->Level, Severity::Note);
  EXPECT_NE(Exec[0]->Message.find("through calls through pointers (from "
                                  "'puts')"),
            std::string::npos);
  // system runs programs whatever the release: the warning stays.
  LinkResult System = link({"puts", "system"}, "2.41", Release);
  bool Warned = false;
  for (const Diagnostic &D : System.Diags)
    Warned |= D.Check == "sysprune-exec" && D.Level == Severity::Warning &&
              D.Message.find("'system'") != std::string::npos;
  EXPECT_TRUE(Warned);
}

TEST(LibcReleaseTest, ExecThroughALibrarysImportsFollowsTheCLibrary) {
  OtherRelease Release;
  // A library the program loads, modelled from its machine code (libgcc's
  // unwinder, say): what reaches execve only through a C library function
  // the checked model knows runs no program is a note; its own execve, or
  // a call to system, stays a warning.
  binary::BinaryModel Unwinder;
  Unwinder.Soname = "libunwind.so.1";
  Unwinder.Arch = "SCMP_ARCH_X86_64";
  Unwinder.Functions["unwind_resume"].Imports = {"puts"};
  Unwinder.Functions["spawn_helper"].Imports = {"system"};
  Unwinder.Functions["exec_helper"].Syscalls = {59}; // execve
  LibraryModel Library = binary::libraryModelOf(Unwinder);
  auto ExecDiagnostic = [&](const std::string &Callee) {
    ProgramFacts Facts;
    Facts.Functions = {{"main", mainCalling({Callee})}};
    LinkOptions Options;
    Options.RunsWith = CLibraryIdentity{"libc.so.6", "2.41", "", ""};
    Options.Libraries = {&Library};
    Options.RuntimeLibraries = [&Release] {
      return std::vector<const LibraryModel *>{&Release.Libc, &Release.Loader};
    };
    LinkResult R = linkProgram(Facts, checkedModel(), Options);
    EXPECT_TRUE(allows(R, "execve")) << Callee;
    for (const Diagnostic &D : R.Diags)
      if (D.Check == "sysprune-exec")
        return D.Level;
    ADD_FAILURE() << "no sysprune-exec diagnostic for " << Callee;
    return Severity::Error;
  };
  EXPECT_EQ(ExecDiagnostic("unwind_resume"), Severity::Note);
  EXPECT_EQ(ExecDiagnostic("spawn_helper"), Severity::Warning);
  EXPECT_EQ(ExecDiagnostic("exec_helper"), Severity::Warning);
}

/// The one error parsing \p Text gives.
Diagnostic parseError(const std::string &Text) {
  Diagnostics Diags;
  EXPECT_FALSE(LibraryModel::parse(Text, "m.model", Diags));
  EXPECT_EQ(Diags.size(), 1u);
  return Diags.empty() ? Diagnostic{} : Diags.front();
}

TEST(LibcReleaseTest, DirectiveErrorsAreLocated) {
  Diagnostic Checked = parseError("model m\nchecked glibc\n");
  EXPECT_EQ(Checked.Where.Line, 2u);
  EXPECT_NE(Checked.Message.find("checked LIBRARY RELEASE"), std::string::npos);
  Diagnostic Derive = parseError("model m\nderive @loader libc.so.6\n");
  EXPECT_EQ(Derive.Where.Column, 16u);
  EXPECT_NE(Derive.Message.find("LIBRARY:FUNCTION"), std::string::npos);
  Diagnostic Alternative = parseError("model m\n~fsatt: fstat\n");
  EXPECT_EQ(Alternative.Where.Column, 2u);
}

} // namespace
} // namespace sysprune::policy
