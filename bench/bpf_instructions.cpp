// Counts BPF instructions, side by side in one run: the size of each
// compiled filter, and how many instructions the kernel runs for the
// syscalls programs make most, for one denied syscall and for one
// argument-checked call, with sysprune's decision tree against libseccomp's
// default (a priority-ordered list) and its binary tree
// (SCMP_FLTATR_CTL_OPTIMIZE=2). Counts come from the BPF interpreter, so
// they are exact and the same on every run.
//
//   sysprune_bench_bpf

#include "policy/bpf/BpfCompiler.h"
#include "policy/bpf/BpfInterpreter.h"
#include "policy/core/SyscallTable.h"

#include <fcntl.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {
using namespace sysprune;

// The syscalls that dominate what servers and tools make (strace -c of
// ninja, nginx, redis and the example: I/O, polling, memory, futexes).
const std::vector<std::string> CommonSyscalls = {
    "read",   "write",  "close",     "futex",      "epoll_wait",
    "mmap",   "munmap", "openat",    "newfstatat", "recvfrom",
    "sendto", "ppoll",  "lseek",     "brk",        "getpid",
    "writev", "readv",  "epoll_ctl", "accept4",    "clock_nanosleep"};

/// \p Count syscalls of the native table: the common ones, fcntl with
/// F_GETFD only, and others drawn at random (fixed seed) from the whole
/// table, so that allowed and denied numbers interleave as in real
/// policies.
policy::Policy scattered(int Count) {
  const policy::SyscallTable &Table = policy::SyscallTable::native();
  policy::Policy P;
  P.Architectures = {Table.architecture()};
  policy::SyscallRule Plain;
  Plain.Names = CommonSyscalls;
  std::set<std::string> Taken(Plain.Names.begin(), Plain.Names.end());
  Taken.insert("fcntl");
  std::vector<std::string> Others;
  for (int Nr = 0; Nr < Table.size(); ++Nr)
    if (auto Name = Table.name(Nr); Name && !Taken.count(*Name))
      Others.push_back(*Name);
  std::mt19937 Random(7);
  std::shuffle(Others.begin(), Others.end(), Random);
  for (const std::string &Name : Others) {
    if (static_cast<int>(Plain.Names.size()) + 1 >= Count)
      break;
    Plain.Names.push_back(Name);
  }
  P.Syscalls.push_back(Plain);
  policy::SyscallRule Fcntl;
  Fcntl.Names = {"fcntl"};
  Fcntl.Args = {{1, F_GETFD, 0, policy::CompareOp::Equal}};
  P.Syscalls.push_back(Fcntl);
  return P;
}

struct Counts {
  size_t Total = 0;
  double CommonMean = 0;
  unsigned CommonMax = 0, AllowedMax = 0, Denied = 0, Fcntl = 0;
};

unsigned executed(const std::vector<sock_filter> &Program, int Nr,
                  uint64_t Arg1 = 0) {
  seccomp_data Data{};
  Data.nr = Nr;
  Data.arch = policy::SyscallTable::native().token();
  Data.args[1] = Arg1;
  auto Verdict = policy::interpretFilter(Program, Data);
  return Verdict ? Verdict->Executed : 0;
}

std::optional<Counts> measure(const policy::Policy &P,
                              policy::BpfBackend Backend, int Optimize) {
  policy::CompileOptions Options;
  Options.Backend = Backend;
  Options.LibseccompOptimize = Optimize;
  policy::Diagnostics Diags;
  auto Program = policy::compileToBpf(P, Options, Diags);
  if (!Program)
    return std::nullopt;
  const policy::SyscallTable &Table = policy::SyscallTable::native();
  std::vector<std::string> Allowed = P.allowedSyscalls();
  Counts C;
  C.Total = Program->Instructions.size();
  unsigned Common = 0;
  for (const std::string &Name : CommonSyscalls) {
    auto Nr = Table.number(Name);
    if (!Nr || !std::binary_search(Allowed.begin(), Allowed.end(), Name))
      continue;
    unsigned N = executed(Program->Instructions, *Nr);
    C.CommonMean += N;
    C.CommonMax = std::max(C.CommonMax, N);
    ++Common;
  }
  C.CommonMean /= std::max(Common, 1u);
  // The worst allowed and the worst denied number (what a violation costs
  // before the verdict).
  for (int Nr = 0; Nr < Table.size(); ++Nr)
    if (auto Name = Table.name(Nr)) {
      unsigned &Worst =
          std::binary_search(Allowed.begin(), Allowed.end(), *Name)
              ? C.AllowedMax
              : C.Denied;
      Worst = std::max(Worst, executed(Program->Instructions, Nr));
    }
  C.Fcntl = executed(Program->Instructions, *Table.number("fcntl"), F_GETFD);
  return C;
}
} // namespace

int main() {
  std::vector<std::pair<std::string, policy::Policy>> Policies;
  for (int Count : {30, 100, 300})
    Policies.push_back({std::to_string(Count) + " syscalls", scattered(Count)});
  std::printf("BPF instructions: the filter's size, and how many run for the "
              "%zu common syscalls (mean / max), the worst allowed and "
              "denied syscall, and fcntl(F_GETFD) (argument rule)\n\n",
              CommonSyscalls.size());
  std::printf("%-14s %-24s %6s %13s %8s %7s %6s\n", "policy", "compiler",
              "size", "common", "allowed", "denied", "fcntl");
  for (const auto &[Name, P] : Policies) {
    struct Variant {
      const char *Name;
      policy::BpfBackend Backend;
      int Optimize;
    };
    for (const Variant &V :
         {Variant{"sysprune", policy::BpfBackend::DecisionTree, 2},
          Variant{"libseccomp tree (opt 2)", policy::BpfBackend::Libseccomp, 2},
          Variant{"libseccomp default", policy::BpfBackend::Libseccomp, 1}}) {
      auto C = measure(P, V.Backend, V.Optimize);
      if (!C) {
        std::fprintf(stderr, "%s: cannot compile %s\n", V.Name, Name.c_str());
        return 1;
      }
      std::printf("%-14s %-24s %6zu %7.1f / %3u %8u %7u %6u\n", Name.c_str(),
                  V.Name, C->Total, C->CommonMean, C->CommonMax, C->AllowedMax,
                  C->Denied, C->Fcntl);
    }
  }
  return 0;
}
