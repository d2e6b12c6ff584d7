// sysprune's BPF compiler against libseccomp's: both filters of a policy are
// run in the BPF interpreter for every syscall number of each listed
// architecture (and numbers no architecture uses), with argument vectors
// drawn from each rule's constants and their neighbours, and must return the
// same action every time. The kernel runs the filters too, in
// BpfCompilerTest.

#include "policy/bpf/BpfCompiler.h"
#include "policy/bpf/BpfInterpreter.h"
#include "policy/bpf/FilterSpec.h"
#include "policy/core/SyscallTable.h"
#include "policy/export/ExportBaselines.h"
#include "policy/json/PolicyConsistency.h"
#include "policy/json/PolicyReader.h"
#include "policy/json/PolicyWriter.h"
#include "policy/library/LibraryModel.h"

#include <gtest/gtest.h>

#include <linux/audit.h>
#include <linux/seccomp.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>

namespace sysprune::policy {
namespace {

const std::vector<std::string> RealPolicies = {"event-loop", "cxx-runtime",
                                               "ticker-demo"};

Policy readRealPolicy(const std::string &Name) {
  ReadResult Read = readPolicyFile(std::string(SYSPRUNE_TEST_INPUTS) +
                                   "/policies/" + Name + ".json");
  EXPECT_TRUE(Read.Value) << Name << ": "
                          << (Read.Diags.empty() ? "" : Read.Diags[0].Message);
  return Read.Value.value_or(Policy{});
}

/// \p P for the architectures \p Architectures, without the syscalls one of
/// them lacks (aarch64 has no open, epoll_wait, ...).
Policy retarget(Policy P, std::vector<std::string> Architectures) {
  std::vector<SyscallTable> Tables;
  for (const std::string &Arch : Architectures)
    Tables.push_back(*SyscallTable::forArchitecture(Arch));
  P.Architectures = std::move(Architectures);
  for (SyscallRule &Rule : P.Syscalls)
    std::erase_if(Rule.Names, [&](const std::string &Name) {
      return std::any_of(
          Tables.begin(), Tables.end(),
          [&](const SyscallTable &T) { return !T.number(Name); });
    });
  std::erase_if(P.Syscalls,
                [](const SyscallRule &Rule) { return Rule.Names.empty(); });
  return P;
}

std::vector<sock_filter> compileWith(const Policy &P, BpfBackend Backend,
                                     int Optimize = 2) {
  CompileOptions Options;
  Options.Backend = Backend;
  Options.LibseccompOptimize = Optimize;
  Diagnostics Diags;
  auto Program = compileToBpf(P, Options, Diags);
  EXPECT_TRUE(Program) << (Diags.empty() ? "" : Diags[0].Message);
  return Program ? Program->Instructions : std::vector<sock_filter>{};
}

/// Argument values worth trying against \p P's rules: each constant, its
/// neighbours, its other half-word, and values that differ only in the
/// high word.
std::vector<uint64_t> interestingValues(const Policy &P) {
  std::set<uint64_t> Values = {0, 1, 0xffffffff, 0x100000000, ~uint64_t{0}};
  for (const SyscallRule &Rule : P.Syscalls)
    for (const ArgCondition &C : Rule.Args)
      for (uint64_t V :
           {C.Value, C.ValueTwo, C.Value & C.ValueTwo, C.ValueTwo | ~C.Value}) {
        for (uint64_t W : {V, V + 1, V - 1, V ^ (uint64_t{1} << 32),
                           V ^ (uint64_t{1} << 63), V & 0xffffffff, V >> 32})
          Values.insert(W);
      }
  return {Values.begin(), Values.end()};
}

uint32_t auditArch(const std::string &Oci) {
  return SyscallTable::forArchitecture(Oci)->token();
}

struct Mismatch {
  uint32_t Arch = 0, Nr = 0;
  uint64_t Args[6] = {};
  uint32_t Ours = 0, Theirs = 0;
};

/// What a filter answers for one input; 0xdeadbeef when it cannot run.
using Evaluator = std::function<uint32_t(const seccomp_data &)>;

Evaluator interpreting(const std::vector<sock_filter> &Program) {
  return [&Program](const seccomp_data &D) {
    auto Verdict = interpretFilter(Program, D);
    return Verdict ? Verdict->Action : 0xdeadbeef;
  };
}

/// The policy's meaning, read straight off its rules (for policies whose
/// rules of one syscall share one action): a listed architecture's syscall
/// gets its rules' action when one rule's conditions all hold, anything
/// else the default; a foreign architecture or an x32 number is killed.
Evaluator meaning(const Policy &P) {
  std::vector<SyscallTable> Tables;
  for (const std::string &Arch : P.Architectures)
    Tables.push_back(*SyscallTable::forArchitecture(Arch));
  std::map<std::string, std::vector<const SyscallRule *>> RulesOf;
  for (const SyscallRule &Rule : P.Syscalls)
    for (const std::string &Name : Rule.Names)
      RulesOf[Name].push_back(&Rule);
  return [&P, Tables, RulesOf](const seccomp_data &D) -> uint32_t {
    uint32_t Default =
        seccompReturnValue(P.DefaultAction, P.DefaultErrnoRet.value_or(1));
    for (const SyscallTable &Table : Tables) {
      if (Table.token() != D.arch)
        continue;
      uint32_t Nr = static_cast<uint32_t>(D.nr);
      if (D.arch == AUDIT_ARCH_X86_64 && Nr >= 0x40000000 && Nr != 0xffffffff)
        return SECCOMP_RET_KILL_PROCESS;
      auto Name =
          Nr < 0x40000000 ? Table.name(static_cast<int>(Nr)) : std::nullopt;
      if (!Name)
        return Default;
      auto Rules = RulesOf.find(*Name);
      if (Rules == RulesOf.end())
        return Default;
      for (const SyscallRule *Rule : Rules->second)
        if (std::all_of(Rule->Args.begin(), Rule->Args.end(),
                        [&](const ArgCondition &C) {
                          return conditionHolds(C, D.args[C.Index]);
                        }))
          return seccompReturnValue(Rule->Act, Rule->ErrnoRet.value_or(1));
      return Default;
    }
    return SECCOMP_RET_KILL_PROCESS;
  };
}

/// Runs both programs over every number of every architecture \p P lists
/// (and foreign ones), with \p RandomVectors argument vectors per number
/// drawn from interestingValues; returns the first disagreement, and counts
/// the inputs tried in \p Tried.
std::optional<Mismatch> firstDifference(const Policy &P, const Evaluator &Ours,
                                        const Evaluator &Theirs,
                                        unsigned RandomVectors, size_t &Tried,
                                        size_t *Differences = nullptr) {
  std::vector<uint64_t> Values = interestingValues(P);
  std::mt19937_64 Random(42);
  std::vector<uint32_t> Arches;
  for (const std::string &A : P.Architectures)
    Arches.push_back(auditArch(A));
  // Arguments matter only on the listed architectures: sweep them there.
  const size_t Listed = Arches.size();
  // Architectures no test policy lists: both must answer bad-arch.
  Arches.insert(Arches.end(),
                {AUDIT_ARCH_I386, AUDIT_ARCH_ARM, AUDIT_ARCH_RISCV64,
                 AUDIT_ARCH_X86_64, AUDIT_ARCH_AARCH64});
  std::vector<uint32_t> Numbers;
  for (uint32_t Nr = 0; Nr < 1100; ++Nr)
    Numbers.push_back(Nr);
  Numbers.insert(Numbers.end(),
                 {0x3fffffff, 0x40000000, 0x40000001, 0x40000200, 0x7fffffff,
                  0x80000000, 0xfffffffe, 0xffffffff});
  // The numbers some rule checks arguments of, on any listed architecture:
  // each of their arguments takes every interesting value in turn.
  std::set<uint32_t> Checked;
  for (const std::string &A : P.Architectures) {
    SyscallTable Table = *SyscallTable::forArchitecture(A);
    for (const SyscallRule &Rule : P.Syscalls)
      if (!Rule.Args.empty())
        for (const std::string &Name : Rule.Names)
          if (auto Nr = Table.number(Name))
            Checked.insert(static_cast<uint32_t>(*Nr));
  }
  auto differs = [&](const seccomp_data &D) -> std::optional<Mismatch> {
    ++Tried;
    uint32_t A = Ours(D), B = Theirs(D);
    if (A == B)
      return std::nullopt;
    if (Differences) {
      // Count them all instead of stopping at the first.
      ++*Differences;
      return std::nullopt;
    }
    Mismatch M;
    M.Arch = D.arch;
    M.Nr = static_cast<uint32_t>(D.nr);
    std::copy(std::begin(D.args), std::end(D.args), M.Args);
    M.Ours = A;
    M.Theirs = B;
    return M;
  };
  for (size_t A = 0; A < Arches.size(); ++A)
    for (uint32_t Nr : Numbers) {
      uint32_t Arch = Arches[A];
      bool Sweep = A < Listed && Checked.count(Nr);
      seccomp_data Data{};
      Data.nr = static_cast<int>(Nr);
      Data.arch = Arch;
      Data.instruction_pointer = 0x401000;
      if (auto M = differs(Data))
        return M;
      if (Sweep)
        for (unsigned Index = 0; Index < 6; ++Index)
          for (uint64_t Value : Values) {
            seccomp_data One = Data;
            One.args[Index] = Value;
            if (auto M = differs(One))
              return M;
          }
      unsigned Vectors = Sweep ? RandomVectors * 16 : RandomVectors;
      for (unsigned V = 0; V < Vectors; ++V) {
        seccomp_data Mixed = Data;
        for (auto &Arg : Mixed.args)
          Arg = Values[Random() % Values.size()];
        if (auto M = differs(Mixed))
          return M;
      }
    }
  return std::nullopt;
}

void expectEquivalent(const Policy &P, const std::string &What) {
  std::vector<sock_filter> Ours = compileWith(P, BpfBackend::DecisionTree);
  for (int Optimize : {1, 2}) {
    std::vector<sock_filter> Theirs =
        compileWith(P, BpfBackend::Libseccomp, Optimize);
    ASSERT_FALSE(Ours.empty());
    ASSERT_FALSE(Theirs.empty());
    size_t Tried = 0;
    auto M =
        firstDifference(P, interpreting(Ours), interpreting(Theirs), 4, Tried);
    EXPECT_FALSE(M) << What << " (libseccomp optimise " << Optimize
                    << "): arch 0x" << std::hex << M->Arch << " nr 0x" << M->Nr
                    << " args 0x" << M->Args[0] << " 0x" << M->Args[1] << " 0x"
                    << M->Args[2] << ": ours 0x" << M->Ours
                    << ", libseccomp's 0x" << M->Theirs;
    EXPECT_GT(Tried, 1000u);
  }
}

class RealPolicyEquivalence
    : public testing::TestWithParam<std::tuple<std::string, int>> {};

TEST_P(RealPolicyEquivalence, SameActionForEveryNumberAndArgument) {
  auto [Name, Targets] = GetParam();
  Policy P = readRealPolicy(Name);
  ASSERT_FALSE(P.Syscalls.empty());
  // As scanned; as `sysprune export` writes it for runtimes that apply it
  // before execve; then for aarch64 and for both architectures at once.
  std::vector<std::pair<std::string, Policy>> Variants = {
      {"as scanned", P},
      {"with the loader baseline",
       withBaselines(
           P,
           baselineSyscalls(LibraryModel::builtinLibc(), {"loader", "runtime"}),
           {"loader", "runtime"})}};
  Variants.push_back({"on aarch64", retarget(Variants[Targets % 2].second,
                                             {"SCMP_ARCH_AARCH64"})});
  Variants.push_back({"on x86_64 and aarch64",
                      retarget(Variants[Targets % 2].second,
                               {"SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64"})});
  for (const auto &[What, Variant] : Variants) {
    expectEquivalent(Variant, Name + " " + What);
    Policy Errno = Variant;
    Errno.DefaultAction = Action::Errno;
    Errno.DefaultErrnoRet = 38;
    expectEquivalent(Errno, Name + " " + What + ", ENOSYS default");
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, RealPolicyEquivalence,
                         testing::Combine(testing::ValuesIn(RealPolicies),
                                          testing::Values(0, 1)),
                         [](const auto &Info) {
                           std::string Name = std::get<0>(Info.param);
                           std::replace(Name.begin(), Name.end(), '-', '_');
                           return Name + (std::get<1>(Info.param) ? "_loader"
                                                                  : "_scanned");
                         });

/// A random policy over \p Architectures: syscalls each with one action,
/// unconditional or under one to three rules of one or two conditions on
/// distinct arguments, with every comparison operator.
/// With \p EqualityOnly, a syscall with several rules compares by
/// equality and masks only (see libseccompMisreads).
Policy randomPolicy(std::mt19937_64 &Random,
                    const std::vector<std::string> &Architectures,
                    bool EqualityOnly) {
  Policy P;
  P.Architectures = Architectures;
  P.DefaultAction = Random() % 2 ? Action::KillProcess : Action::Errno;
  if (P.DefaultAction == Action::Errno)
    P.DefaultErrnoRet = 1 + Random() % 100;
  std::vector<SyscallTable> Tables;
  for (const std::string &Arch : Architectures)
    Tables.push_back(*SyscallTable::forArchitecture(Arch));
  std::vector<std::string> Names;
  for (int Nr = 0; Nr < Tables[0].size(); ++Nr)
    if (auto Name = Tables[0].name(Nr);
        Name &&
        std::all_of(Tables.begin(), Tables.end(), [&](const SyscallTable &T) {
          return T.number(*Name).has_value();
        }))
      Names.push_back(*Name);
  std::shuffle(Names.begin(), Names.end(), Random);
  Names.resize(1 + Random() % std::min<size_t>(Names.size(), 320));
  const uint64_t Constants[] = {
      0,          1,          2,           3,           0x10,        0x5401,
      0x7fffffff, 0xffffffff, 0x100000000, 0x100000005, ~uint64_t{0}};
  auto constant = [&] {
    return Random() % 4 ? Constants[Random() % std::size(Constants)]
                        : uint64_t{Random()};
  };
  for (const std::string &Name : Names) {
    Action Act = Action::Allow;
    uint32_t Errno = 0;
    switch (Random() % 8) {
    case 0:
      Act = Action::Errno;
      Errno = 1 + Random() % 50;
      break;
    case 1:
      Act = Action::Trap;
      break;
    case 2:
      Act = Action::Log;
      break;
    default:
      break;
    }
    unsigned Rules = Random() % 3 == 0 ? 1 + Random() % 3 : 0;
    auto ruleFor = [&] {
      SyscallRule R;
      R.Names = {Name};
      R.Act = Act;
      if (Act == Action::Errno)
        R.ErrnoRet = Errno;
      return R;
    };
    if (Rules == 0) {
      P.Syscalls.push_back(ruleFor());
      continue;
    }
    for (unsigned I = 0; I < Rules; ++I) {
      SyscallRule R = ruleFor();
      unsigned Conditions = 1 + Random() % 2;
      unsigned First = Random() % 6;
      for (unsigned C = 0; C < Conditions; ++C) {
        ArgCondition Cond;
        Cond.Index = (First + C) % 6;
        Cond.Op = static_cast<CompareOp>(Random() % 7);
        if (EqualityOnly && Rules > 1 && Cond.Op != CompareOp::MaskedEqual)
          Cond.Op = CompareOp::Equal;
        Cond.Value = constant();
        if (Cond.Op == CompareOp::MaskedEqual)
          Cond.ValueTwo = constant() & Cond.Value;
        R.Args.push_back(Cond);
      }
      P.Syscalls.push_back(R);
    }
  }
  return P;
}

/// Whether a syscall with several rules compares other than by equality
/// or mask: libseccomp 2.5.4 merges such rules into wrong trees (it tests
/// an argument's low word against another rule's high-word constant, and
/// lets a 64-bit "!=" that fails in one rule pass through another).
bool libseccompMisreads(const Policy &P) {
  std::map<std::string, unsigned> RulesOf;
  for (const SyscallRule &Rule : P.Syscalls)
    for (const std::string &Name : Rule.Names)
      ++RulesOf[Name];
  for (const SyscallRule &Rule : P.Syscalls)
    for (const std::string &Name : Rule.Names)
      if (RulesOf[Name] > 1)
        for (const ArgCondition &C : Rule.Args)
          if (C.Op != CompareOp::Equal && C.Op != CompareOp::MaskedEqual)
            return true;
  return false;
}

std::string describe(const Mismatch &M, const Policy &P) {
  std::ostringstream Out;
  Out << std::hex << "arch 0x" << M.Arch << " nr 0x" << M.Nr << " args";
  for (uint64_t Arg : M.Args)
    Out << " 0x" << Arg;
  Out << ": 0x" << M.Ours << " instead of 0x" << M.Theirs << "\n"
      << writePolicy(P);
  return Out.str();
}

TEST(BpfEquivalenceTest, RandomPoliciesMeanWhatTheySay) {
  std::mt19937_64 Random(2026);
  const std::vector<std::vector<std::string>> ArchitectureSets = {
      {"SCMP_ARCH_X86_64"},
      {"SCMP_ARCH_AARCH64"},
      {"SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64"}};
  unsigned LibseccompChecked = 0;
  for (int Round = 0; Round < 24; ++Round) {
    Policy P = randomPolicy(Random, ArchitectureSets[Round % 3], Round % 2);
    std::vector<sock_filter> Ours = compileWith(P, BpfBackend::DecisionTree);
    size_t Tried = 0;
    // sysprune's filter does what the policy says, everywhere.
    auto M = firstDifference(P, interpreting(Ours), meaning(P), 1, Tried);
    ASSERT_FALSE(M) << "round " << Round << ": " << describe(*M, P);
    // And so does libseccomp's, but for the rules it merges wrongly.
    if (libseccompMisreads(P))
      continue;
    std::vector<sock_filter> Theirs = compileWith(P, BpfBackend::Libseccomp);
    M = firstDifference(P, interpreting(Ours), interpreting(Theirs), 1, Tried);
    ASSERT_FALSE(M) << "round " << Round
                    << " (libseccomp's answer second): " << describe(*M, P);
    ++LibseccompChecked;
  }
  EXPECT_GE(LibseccompChecked, 12u);
}

// Found by the test above: libseccomp 2.5.4 merges two rules that compare
// one argument by order into a tree that tests the argument's low word
// against the other rule's high-word constant, and denies a call the second
// rule allows. sysprune's compiler checks each rule on its own.
TEST(BpfEquivalenceTest, OrderRulesOnOneArgumentKeepTheirMeaning) {
  Policy P;
  P.Architectures = {"SCMP_ARCH_X86_64"};
  P.DefaultAction = Action::Errno;
  P.DefaultErrnoRet = 1;
  SyscallRule Low;
  Low.Names = {"prctl"};
  Low.Args = {{3, 0x5401, 0, CompareOp::Less}};
  SyscallRule Range = Low;
  Range.Args = {{3, 0x100000000, 0, CompareOp::LessEqual},
                {4, 0x7fffffff, 0, CompareOp::GreaterEqual}};
  P.Syscalls = {Low, Range};
  seccomp_data Data{};
  Data.arch = AUDIT_ARCH_X86_64;
  Data.nr = *SyscallTable::forArchitecture("SCMP_ARCH_X86_64")->number("prctl");
  Data.args[3] = 0xb0722d32;         // not < 0x5401, but <= 2^32
  Data.args[4] = 0x71a8495a47d67c1d; // >= 0x7fffffff
  EXPECT_EQ(meaning(P)(Data), SECCOMP_RET_ALLOW);
  std::vector<sock_filter> Ours = compileWith(P, BpfBackend::DecisionTree);
  EXPECT_EQ(interpreting(Ours)(Data), SECCOMP_RET_ALLOW);
  std::vector<sock_filter> Theirs = compileWith(P, BpfBackend::Libseccomp);
  std::printf("libseccomp's filter answers 0x%08x\n",
              interpreting(Theirs)(Data));
}

// The goal the tree is for: in a 300-syscall policy, the syscalls programs
// make most run at most 12 instructions, and no syscall runs more than in
// libseccomp's binary tree (bench/bpf_instructions prints the whole table).
TEST(BpfEquivalenceTest, ThreeHundredSyscallsTakeALogarithmicPath) {
  SyscallTable Table = *SyscallTable::forArchitecture("SCMP_ARCH_X86_64");
  const std::vector<std::string> Common = {
      "read",   "write",  "close",  "futex",      "epoll_wait",
      "mmap",   "munmap", "openat", "newfstatat", "recvfrom",
      "sendto", "ppoll",  "lseek",  "brk",        "getpid"};
  std::vector<std::string> Others;
  for (int Nr = 0; Nr < Table.size(); ++Nr)
    if (auto Name = Table.name(Nr);
        Name && std::find(Common.begin(), Common.end(), *Name) == Common.end())
      Others.push_back(*Name);
  std::mt19937 Random(7);
  std::shuffle(Others.begin(), Others.end(), Random);
  Policy P;
  P.Architectures = {"SCMP_ARCH_X86_64"};
  SyscallRule Allowed;
  Allowed.Names = Common;
  Allowed.Names.insert(Allowed.Names.end(), Others.begin(),
                       Others.begin() + (300 - Common.size()));
  P.Syscalls = {Allowed};
  std::vector<sock_filter> Ours = compileWith(P, BpfBackend::DecisionTree);
  std::vector<sock_filter> Theirs = compileWith(P, BpfBackend::Libseccomp, 2);
  auto executed = [](const std::vector<sock_filter> &Program, int Nr) {
    seccomp_data Data{};
    Data.arch = AUDIT_ARCH_X86_64;
    Data.nr = Nr;
    return interpretFilter(Program, Data)->Executed;
  };
  for (const std::string &Name : Common)
    EXPECT_LE(executed(Ours, *Table.number(Name)), 12u) << Name;
  for (const std::string &Name : Allowed.Names) {
    int Nr = *Table.number(Name);
    EXPECT_LE(executed(Ours, Nr), executed(Theirs, Nr)) << Name;
  }
}

// A program the kernel would refuse is refused with the reason, not run.
TEST(BpfInterpreterTest, RefusesWhatTheKernelWouldNotLoad) {
  seccomp_data Data{};
  struct Case {
    std::vector<sock_filter> Program;
    std::string Reason;
  };
  const std::vector<Case> Cases = {
      {{BPF_JUMP(BPF_JMP | BPF_JA, 5, 0, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)},
       "jump out of the program at 5"},
      {{BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 3)}, "invalid load at 0"},
      {{BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0)},
       "the program ends without a return"},
  };
  for (const Case &C : Cases) {
    Diagnostics Diags;
    EXPECT_FALSE(interpretFilter(C.Program, Data, &Diags));
    ASSERT_EQ(Diags.size(), 1u) << C.Reason;
    EXPECT_EQ(Diags[0].Level, Severity::Error);
    EXPECT_EQ(Diags[0].Message,
              "the kernel would not load the filter: " + C.Reason);
  }
  Diagnostics Diags;
  EXPECT_TRUE(interpretFilter({BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)},
                              Data, &Diags));
  EXPECT_TRUE(Diags.empty());
}

} // namespace
} // namespace sysprune::policy
