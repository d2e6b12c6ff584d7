// Measures what a sysprune filter costs per syscall, side by side in one run:
// the same getppid loop in forked children with no filter, with an all-allow
// policy of the same size, and with the example's policy. Prints nanoseconds
// per call and the ratio to the unfiltered child; absolute times vary between
// machines and runs, the ratios are what to compare.
//
//   sysprune_bench_filter [POLICY.json] [ITERATIONS]

#include "policy/BpfCompiler.h"
#include "policy/PolicyJson.h"
#include "sysprune/runtime.h"

#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {
using namespace sysprune;

/// Nanoseconds per getppid in a child that first installs \p Filter (none
/// when empty); the child reports through a pipe.
double measure(const policy::BpfProgram *Filter, long Iterations) {
  int Pipe[2];
  if (pipe(Pipe) != 0)
    return -1;
  pid_t Pid = fork();
  if (Pid == 0) {
    close(Pipe[0]);
    if (Filter &&
        !install({Filter->Instructions.data(), Filter->Instructions.size()}))
      _exit(2);
    auto Start = std::chrono::steady_clock::now();
    for (long I = 0; I < Iterations; ++I)
      syscall(SYS_getppid);
    double Ns = std::chrono::duration<double, std::nano>(
                    std::chrono::steady_clock::now() - Start)
                    .count() /
                Iterations;
    (void)!write(Pipe[1], &Ns, sizeof(Ns));
    _exit(0);
  }
  close(Pipe[1]);
  double Ns = -1;
  if (read(Pipe[0], &Ns, sizeof(Ns)) != sizeof(Ns))
    Ns = -1;
  close(Pipe[0]);
  waitpid(Pid, nullptr, 0);
  return Ns;
}

std::optional<policy::BpfProgram> compile(const policy::Policy &P) {
  policy::Diagnostics Diags;
  auto Program = policy::compileToBpf(P, {}, Diags);
  if (!Program)
    std::fprintf(stderr, "cannot compile: %s\n",
                 Diags.empty() ? "?" : Diags.front().Message.c_str());
  return Program;
}
} // namespace

int main(int Argc, char **Argv) {
  std::string PolicyPath = Argc > 1 ? Argv[1] : "";
  long Iterations = Argc > 2 ? std::atol(Argv[2]) : 2000000;

  policy::Policy Example;
  if (!PolicyPath.empty()) {
    policy::ReadResult Read = policy::readPolicyFile(PolicyPath);
    if (!Read.Value) {
      std::fprintf(stderr, "%s: cannot read the policy\n", PolicyPath.c_str());
      return 1;
    }
    Example = *Read.Value;
  } else {
    Example.Syscalls.push_back({{"read", "write", "close"}});
  }
  // getppid must be allowed in both filtered runs.
  Example.Syscalls.push_back({{"getppid", "exit_group"}});
  policy::Policy AllowAll = Example;
  AllowAll.DefaultAction = policy::Action::Allow;

  auto ExampleFilter = compile(Example);
  auto AllowAllFilter = compile(AllowAll);
  if (!ExampleFilter || !AllowAllFilter)
    return 1;

  // Interleave the variants over several rounds so that machine noise hits
  // all of them alike; keep each variant's best round.
  const char *Names[] = {"no filter", "filter, default allow",
                         "filter, policy"};
  const policy::BpfProgram *Filters[] = {nullptr, &*AllowAllFilter,
                                         &*ExampleFilter};
  double Best[3] = {1e300, 1e300, 1e300};
  for (int Round = 0; Round < 5; ++Round)
    for (int V = 0; V < 3; ++V)
      if (double Ns = measure(Filters[V], Iterations); Ns > 0 && Ns < Best[V])
        Best[V] = Ns;
  std::printf("%-24s %10s %8s  (%ld getppid calls, best of 5, %zu BPF "
              "instructions in the policy filter)\n",
              "variant", "ns/call", "ratio", Iterations,
              ExampleFilter->Instructions.size());
  for (int V = 0; V < 3; ++V)
    std::printf("%-24s %10.1f %8.2f\n", Names[V], Best[V], Best[V] / Best[0]);
  return 0;
}
