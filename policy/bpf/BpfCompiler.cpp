#include "policy/bpf/BpfCompiler.h"

#include "policy/bpf/DecisionTree.h"
#include "policy/bpf/FilterSpec.h"
#include "policy/bpf/LibseccompFilter.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace sysprune::policy {

Policy effectivePolicy(const Policy &P, const CompileOptions &Options) {
  Policy Effective = P;
  if (Options.ViolationAction) {
    Effective.DefaultAction = *Options.ViolationAction;
    Effective.DefaultErrnoRet = Options.ViolationErrno;
  }
  std::vector<std::string> Allowed = P.allowedSyscalls();
  auto allowedAlready = [&](const char *Name) {
    return std::binary_search(Allowed.begin(), Allowed.end(), Name);
  };
  if (Options.AllowStderrWrite && !allowedAlready("write")) {
    SyscallRule ToStderr;
    ToStderr.Names = {"write"};
    ToStderr.Args = {{0, STDERR_FILENO, 0, CompareOp::Equal}};
    ToStderr.Comment = "the SIGSYS report";
    Effective.Syscalls.push_back(std::move(ToStderr));
  }
  if (Options.ComplainHandoff) {
    SyscallRule HandOver;
    for (const char *Name : {"sendmsg", "close"})
      if (!allowedAlready(Name))
        HandOver.Names.push_back(Name);
    HandOver.Comment = "the complain supervisor's hand-over";
    if (!HandOver.Names.empty())
      Effective.Syscalls.push_back(std::move(HandOver));
  }
  return Effective;
}

std::optional<BpfProgram> compileToBpf(const Policy &P,
                                       const CompileOptions &Options,
                                       Diagnostics &Diags) {
  Policy Effective = effectivePolicy(P, Options);
  bool Own =
      Options.Backend == BpfBackend::DecisionTree ||
      (Options.Backend == BpfBackend::Auto && decisionTreeSupports(Effective));
  if (Own) {
    auto Spec = buildFilterSpec(
        Effective,
        seccompReturnValue(Effective.DefaultAction,
                           Effective.DefaultErrnoRet.value_or(1)),
        Diags);
    if (!Spec)
      return std::nullopt;
    BpfProgram Program{compileDecisionTree(*Spec)};
    // The kernel's limit (BPF_MAXINSNS).
    if (Program.Instructions.size() > 4096) {
      Diags.push_back({Severity::Error,
                       {},
                       "the filter needs " +
                           std::to_string(Program.Instructions.size()) +
                           " instructions; the kernel accepts at most 4096",
                       ""});
      return std::nullopt;
    }
    return Program;
  }
  LibseccompContext Ctx =
      buildLibseccompFilter(Effective, Options.LibseccompOptimize, Diags);
  if (!Ctx)
    return std::nullopt;
  auto Bytes =
      exportLibseccomp(Ctx.get(), seccomp_export_bpf, "sysprune-bpf", Diags);
  if (!Bytes)
    return std::nullopt;
  BpfProgram Program;
  Program.Instructions.resize(Bytes->size() / sizeof(sock_filter));
  std::memcpy(Program.Instructions.data(), Bytes->data(),
              Program.Instructions.size() * sizeof(sock_filter));
  return Program;
}

} // namespace sysprune::policy
