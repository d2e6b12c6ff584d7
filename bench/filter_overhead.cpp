// Measures what a sysprune filter costs, side by side in one run: per
// syscall, for an unconditionally allowed syscall (getppid) and for one with
// an argument rule (fcntl(fd, F_GETFD)), and the time install() takes at
// start-up, for policies of 10, 100 and 300 allowed syscalls, against no
// filter and an allow-everything filter (the floor any filter pays: the
// kernel takes its seccomp path for every syscall). Each filter runs in a
// forked child; the variants are interleaved over rounds and each keeps its
// best round. Absolute times vary between machines and runs; the ratios are
// what to compare.
//
//   sysprune_bench_filter [ITERATIONS] [ROUNDS]

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/SyscallTable.h"
#include "sysprune/runtime.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {
using namespace sysprune;
using Clock = std::chrono::steady_clock;

/// What one child measured: nanoseconds per getppid, per fcntl(F_GETFD),
/// and microseconds install() took.
struct Timing {
  double Getppid = 1e300, Fcntl = 1e300, InstallUs = 1e300;
};

double nanosPerCall(long Iterations, long (*Call)()) {
  auto Start = Clock::now();
  for (long I = 0; I < Iterations; ++I)
    Call();
  return std::chrono::duration<double, std::nano>(Clock::now() - Start)
             .count() /
         Iterations;
}

/// Runs the loops in a child that first installs \p Filter (none when
/// null); the child reports through a pipe.
std::optional<Timing> measure(const policy::BpfProgram *Filter,
                              long Iterations) {
  int Pipe[2];
  if (pipe(Pipe) != 0)
    return std::nullopt;
  pid_t Pid = fork();
  if (Pid == 0) {
    close(Pipe[0]);
    Timing T;
    T.InstallUs = 0;
    // The first calls after fork pay for page faults and the clock's setup,
    // which the install time should not.
    nanosPerCall(1000, [] { return syscall(SYS_getppid); });
    if (Filter) {
      auto Start = Clock::now();
      if (!install({Filter->Instructions.data(), Filter->Instructions.size()}))
        _exit(2);
      T.InstallUs =
          std::chrono::duration<double, std::micro>(Clock::now() - Start)
              .count();
    }
    T.Getppid = nanosPerCall(Iterations, [] { return syscall(SYS_getppid); });
    T.Fcntl =
        nanosPerCall(Iterations, [] { return syscall(SYS_fcntl, 0, F_GETFD); });
    (void)!write(Pipe[1], &T, sizeof(T));
    _exit(0);
  }
  close(Pipe[1]);
  Timing T;
  bool Read = read(Pipe[0], &T, sizeof(T)) == sizeof(T);
  close(Pipe[0]);
  int Status = 0;
  waitpid(Pid, &Status, 0);
  if (!Read || !WIFEXITED(Status) || WEXITSTATUS(Status) != 0)
    return std::nullopt;
  return T;
}

/// A policy of \p Count allowed syscalls: getppid, what the child needs
/// (write, exit_group), fcntl only with F_GETFD, and others from the
/// native table to make up the number.
policy::Policy policyOf(int Count) {
  const policy::SyscallTable &Table = policy::SyscallTable::native();
  policy::Policy P;
  P.Architectures = {Table.architecture()};
  policy::SyscallRule Plain;
  Plain.Names = {"getppid", "write", "exit_group"};
  std::set<std::string> Taken(Plain.Names.begin(), Plain.Names.end());
  Taken.insert("fcntl");
  for (int Nr = 0;
       Nr < Table.size() && static_cast<int>(Plain.Names.size()) + 1 < Count;
       ++Nr)
    if (auto Name = Table.name(Nr); Name && Taken.insert(*Name).second)
      Plain.Names.push_back(*Name);
  P.Syscalls.push_back(Plain);
  policy::SyscallRule Fcntl;
  Fcntl.Names = {"fcntl"};
  Fcntl.Args = {{1, F_GETFD, 0, policy::CompareOp::Equal}};
  P.Syscalls.push_back(Fcntl);
  return P;
}

std::optional<policy::BpfProgram>
compile(const policy::Policy &P, policy::BpfBackend Backend, int Optimize = 2) {
  policy::CompileOptions Options;
  Options.Backend = Backend;
  Options.LibseccompOptimize = Optimize;
  policy::Diagnostics Diags;
  auto Program = policy::compileToBpf(P, Options, Diags);
  if (!Program)
    std::fprintf(stderr, "cannot compile: %s\n",
                 Diags.empty() ? "?" : Diags.front().Message.c_str());
  return Program;
}

struct Variant {
  std::string Name;
  std::optional<policy::BpfProgram> Filter;
  bool Unfiltered = false;
  Timing Best;
};
} // namespace

int main(int Argc, char **Argv) {
  long Iterations = Argc > 1 ? std::atol(Argv[1]) : 1000000;
  int Rounds = Argc > 2 ? std::atoi(Argv[2]) : 5;

  std::vector<Variant> Variants;
  Variants.push_back({"no filter", std::nullopt, true, {}});
  policy::Policy Everything;
  Everything.Architectures = {policy::SyscallTable::native().architecture()};
  Everything.DefaultAction = policy::Action::Allow;
  Variants.push_back({"allow everything (floor)",
                      compile(Everything, policy::BpfBackend::DecisionTree)});
  for (int Count : {10, 100, 300}) {
    policy::Policy P = policyOf(Count);
    std::string Size = std::to_string(Count) + " syscalls";
    Variants.push_back(
        {Size + ", sysprune", compile(P, policy::BpfBackend::DecisionTree)});
    Variants.push_back({Size + ", libseccomp tree",
                        compile(P, policy::BpfBackend::Libseccomp, 2)});
    Variants.push_back({Size + ", libseccomp default",
                        compile(P, policy::BpfBackend::Libseccomp, 1)});
  }
  for (const Variant &V : Variants)
    if (!V.Unfiltered && !V.Filter)
      return 1;

  for (int Round = 0; Round < Rounds; ++Round)
    for (Variant &V : Variants) {
      auto T = measure(V.Unfiltered ? nullptr : &*V.Filter, Iterations);
      if (!T) {
        std::fprintf(stderr, "%s: the child failed\n", V.Name.c_str());
        return 1;
      }
      V.Best.Getppid = std::min(V.Best.Getppid, T->Getppid);
      V.Best.Fcntl = std::min(V.Best.Fcntl, T->Fcntl);
      V.Best.InstallUs = std::min(V.Best.InstallUs, T->InstallUs);
    }

  const Timing &Floor = Variants[1].Best;
  std::printf("%ld calls of each, best of %d interleaved rounds; ratios "
              "are to the allow-everything filter\n\n",
              Iterations, Rounds);
  std::printf("%-30s %6s %9s %7s %9s %7s %10s\n", "filter", "insns", "getppid",
              "ratio", "fcntl", "ratio", "install");
  for (const Variant &V : Variants)
    std::printf("%-30s %6zu %7.1fns %7.3f %7.1fns %7.3f %8.1fus\n",
                V.Name.c_str(),
                V.Filter ? V.Filter->Instructions.size() : size_t{0},
                V.Best.Getppid, V.Best.Getppid / Floor.Getppid, V.Best.Fcntl,
                V.Best.Fcntl / Floor.Fcntl, V.Best.InstallUs);
  std::printf("\ngetppid is allowed unconditionally (the kernel's action "
              "cache can skip the filter); fcntl only with F_GETFD (the "
              "filter runs).\n");
  return 0;
}
