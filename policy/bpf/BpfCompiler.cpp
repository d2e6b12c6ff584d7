#include "policy/bpf/BpfCompiler.h"

#include "policy/bpf/DecisionTree.h"
#include "policy/bpf/FilterSpec.h"
#include "policy/core/SyscallTable.h"

#include <seccomp.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace sysprune::policy {

namespace {
struct ContextDeleter {
  void operator()(scmp_filter_ctx Ctx) const { seccomp_release(Ctx); }
};
using Context = std::unique_ptr<void, ContextDeleter>;

scmp_compare libseccompOp(CompareOp Op) {
  switch (Op) {
  case CompareOp::NotEqual:
    return SCMP_CMP_NE;
  case CompareOp::Less:
    return SCMP_CMP_LT;
  case CompareOp::LessEqual:
    return SCMP_CMP_LE;
  case CompareOp::Equal:
    return SCMP_CMP_EQ;
  case CompareOp::GreaterEqual:
    return SCMP_CMP_GE;
  case CompareOp::Greater:
    return SCMP_CMP_GT;
  case CompareOp::MaskedEqual:
    return SCMP_CMP_MASKED_EQ;
  }
  return SCMP_CMP_EQ;
}

bool fail(Diagnostics &Diags, const std::string &Message, int Rc) {
  Diags.push_back({Severity::Error,
                   {},
                   Message + (Rc ? std::string(": ") + std::strerror(-Rc) : ""),
                   ""});
  return false;
}

bool addArchitectures(scmp_filter_ctx Ctx, const Policy &P,
                      Diagnostics &Diags) {
  if (P.Architectures.empty())
    return true; // seccomp_init already added the native architecture
  bool HasNative = false;
  for (const std::string &Oci : P.Architectures) {
    auto Table = SyscallTable::forArchitecture(Oci);
    if (!Table)
      return fail(Diags, "unknown architecture '" + Oci + "'", 0);
    if (Table->token() == seccomp_arch_native()) {
      HasNative = true;
      continue;
    }
    if (int Rc = seccomp_arch_add(Ctx, Table->token()); Rc && Rc != -EEXIST)
      return fail(Diags, "cannot add architecture " + Oci, Rc);
  }
  if (!HasNative) {
    if (int Rc = seccomp_arch_remove(Ctx, SCMP_ARCH_NATIVE))
      return fail(Diags, "cannot remove the native architecture", Rc);
  }
  return true;
}

bool addRule(scmp_filter_ctx Ctx, const SyscallRule &Rule,
             uint32_t DefaultAction, Diagnostics &Diags) {
  uint32_t RuleAction = seccompReturnValue(Rule.Act, Rule.ErrnoRet.value_or(1));
  // libseccomp refuses rules that repeat the default action; they change
  // nothing, so skipping them is exact.
  if (RuleAction == DefaultAction)
    return true;
  std::vector<scmp_arg_cmp> Cmps;
  for (const ArgCondition &C : Rule.Args)
    Cmps.push_back({C.Index, libseccompOp(C.Op), C.Value, C.ValueTwo});
  for (const std::string &Name : Rule.Names) {
    int Nr = seccomp_syscall_resolve_name(Name.c_str());
    if (Nr == __NR_SCMP_ERROR)
      return fail(Diags, "unknown syscall '" + Name + "'", 0);
    int Rc = seccomp_rule_add_array(Ctx, RuleAction, Nr, Cmps.size(),
                                    Cmps.empty() ? nullptr : Cmps.data());
    if (Rc)
      return fail(Diags, "cannot add the rule for '" + Name + "'", Rc);
  }
  return true;
}

// libseccomp 2.5.4 exports only to a file descriptor; a memfd keeps it in
// memory.
std::optional<BpfProgram> exportBpf(scmp_filter_ctx Ctx, Diagnostics &Diags) {
  int Fd = memfd_create("sysprune-bpf", MFD_CLOEXEC);
  if (Fd < 0) {
    fail(Diags, "cannot create a memfd for the filter", -errno);
    return std::nullopt;
  }
  std::optional<BpfProgram> Result;
  if (int Rc = seccomp_export_bpf(Ctx, Fd)) {
    fail(Diags, "libseccomp cannot export the filter", Rc);
  } else {
    off_t Size = lseek(Fd, 0, SEEK_END);
    BpfProgram Program;
    Program.Instructions.resize(Size / sizeof(sock_filter));
    if (pread(Fd, Program.Instructions.data(), Size, 0) == Size)
      Result = std::move(Program);
    else
      fail(Diags, "cannot read back the exported filter", -errno);
  }
  close(Fd);
  return Result;
}

/// libseccomp's filter for \p P (an effective policy); null after an
/// error.
Context buildFilter(const Policy &P, int Optimize, Diagnostics &Diags) {
  uint32_t DefaultAction =
      seccompReturnValue(P.DefaultAction, P.DefaultErrnoRet.value_or(1));
  Context Ctx(seccomp_init(DefaultAction));
  if (!Ctx) {
    fail(Diags, "libseccomp cannot create a filter", 0);
    return nullptr;
  }
  // A syscall from a foreign architecture (or, with only x86_64 listed, an
  // x32 number) kills the whole process, whatever the violation action.
  seccomp_attr_set(Ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  if (Optimize != 1) // 1 is libseccomp's own default
    if (int Rc =
            seccomp_attr_set(Ctx.get(), SCMP_FLTATR_CTL_OPTIMIZE, Optimize)) {
      fail(Diags, "libseccomp cannot optimise the filter", Rc);
      return nullptr;
    }
  if (!addArchitectures(Ctx.get(), P, Diags))
    return nullptr;
  for (const SyscallRule &Rule : P.Syscalls)
    if (!addRule(Ctx.get(), Rule, DefaultAction, Diags))
      return nullptr;
  return Ctx;
}
} // namespace

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
      fail(Diags,
           "the filter needs " + std::to_string(Program.Instructions.size()) +
               " instructions; the kernel accepts at most 4096",
           0);
      return std::nullopt;
    }
    return Program;
  }
  Context Ctx = buildFilter(Effective, Options.LibseccompOptimize, Diags);
  if (!Ctx)
    return std::nullopt;
  return exportBpf(Ctx.get(), Diags);
}

std::optional<std::string> compileToPfc(const Policy &P,
                                        const CompileOptions &Options,
                                        Diagnostics &Diags) {
  Context Ctx = buildFilter(effectivePolicy(P, Options),
                            Options.LibseccompOptimize, Diags);
  if (!Ctx)
    return std::nullopt;
  int Fd = memfd_create("sysprune-pfc", MFD_CLOEXEC);
  if (Fd < 0) {
    fail(Diags, "cannot create a memfd for the filter", -errno);
    return std::nullopt;
  }
  std::optional<std::string> Result;
  if (int Rc = seccomp_export_pfc(Ctx.get(), Fd)) {
    fail(Diags, "libseccomp cannot export the filter", Rc);
  } else {
    off_t Size = lseek(Fd, 0, SEEK_END);
    std::string Text(static_cast<size_t>(Size), '\0');
    if (pread(Fd, Text.data(), Text.size(), 0) == Size)
      Result = std::move(Text);
    else
      fail(Diags, "cannot read back the exported filter", -errno);
  }
  close(Fd);
  return Result;
}

} // namespace sysprune::policy
