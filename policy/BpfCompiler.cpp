#include "policy/BpfCompiler.h"

#include "policy/SyscallTable.h"

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

uint32_t libseccompAction(Action Act, uint32_t Errno) {
  switch (Act) {
  case Action::KillProcess:
    return SCMP_ACT_KILL_PROCESS;
  case Action::KillThread:
    return SCMP_ACT_KILL_THREAD;
  case Action::Trap:
    return SCMP_ACT_TRAP;
  case Action::Errno:
    return SCMP_ACT_ERRNO(Errno);
  case Action::Trace:
    return SCMP_ACT_TRACE(Errno);
  case Action::Allow:
    return SCMP_ACT_ALLOW;
  case Action::Log:
    return SCMP_ACT_LOG;
  case Action::Notify:
    return SCMP_ACT_NOTIFY;
  }
  return SCMP_ACT_KILL_PROCESS;
}

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
  uint32_t RuleAction = libseccompAction(Rule.Act, Rule.ErrnoRet.value_or(1));
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

/// libseccomp's filter for \p P and \p Options; null after an error.
Context buildFilter(const Policy &P, const CompileOptions &Options,
                    Diagnostics &Diags) {
  Action Violation = Options.ViolationAction.value_or(P.DefaultAction);
  uint32_t ViolationErrno = Options.ViolationAction
                                ? Options.ViolationErrno
                                : P.DefaultErrnoRet.value_or(1);
  uint32_t DefaultAction = libseccompAction(Violation, ViolationErrno);
  Context Ctx(seccomp_init(DefaultAction));
  if (!Ctx) {
    fail(Diags, "libseccomp cannot create a filter", 0);
    return nullptr;
  }
  // A syscall from a foreign architecture (or, with only x86_64 listed, an
  // x32 number) kills the whole process, whatever the violation action.
  seccomp_attr_set(Ctx.get(), SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  if (Options.LibseccompOptimize != 1) // 1 is libseccomp's own default
    if (int Rc = seccomp_attr_set(Ctx.get(), SCMP_FLTATR_CTL_OPTIMIZE,
                                  Options.LibseccompOptimize)) {
      fail(Diags, "libseccomp cannot optimise the filter", Rc);
      return nullptr;
    }
  if (!addArchitectures(Ctx.get(), P, Diags))
    return nullptr;
  for (const SyscallRule &Rule : P.Syscalls)
    if (!addRule(Ctx.get(), Rule, DefaultAction, Diags))
      return nullptr;
  if (Options.AllowStderrWrite) {
    std::vector<std::string> Allowed = P.allowedSyscalls();
    if (!std::binary_search(Allowed.begin(), Allowed.end(), "write")) {
      scmp_arg_cmp ToStderr{0, SCMP_CMP_EQ, STDERR_FILENO, 0};
      if (int Rc = seccomp_rule_add_array(Ctx.get(), SCMP_ACT_ALLOW,
                                          SCMP_SYS(write), 1, &ToStderr)) {
        fail(Diags, "cannot allow write to stderr", Rc);
        return nullptr;
      }
    }
  }
  if (Options.ComplainHandoff) {
    std::vector<std::string> Allowed = P.allowedSyscalls();
    for (int Nr : {SCMP_SYS(sendmsg), SCMP_SYS(close)}) {
      char *Name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, Nr);
      bool Already =
          Name && std::binary_search(Allowed.begin(), Allowed.end(), Name);
      std::free(Name);
      if (Already)
        continue;
      if (int Rc = seccomp_rule_add_array(Ctx.get(), SCMP_ACT_ALLOW, Nr, 0,
                                          nullptr)) {
        fail(Diags, "cannot allow the complain supervisor's hand-over", Rc);
        return nullptr;
      }
    }
  }
  return Ctx;
}
} // namespace

std::optional<BpfProgram> compileToBpf(const Policy &P,
                                       const CompileOptions &Options,
                                       Diagnostics &Diags) {
  Context Ctx = buildFilter(P, Options, Diags);
  if (!Ctx)
    return std::nullopt;
  return exportBpf(Ctx.get(), Diags);
}

std::optional<std::string> compileToPfc(const Policy &P,
                                        const CompileOptions &Options,
                                        Diagnostics &Diags) {
  Context Ctx = buildFilter(P, Options, Diags);
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
