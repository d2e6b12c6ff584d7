// libseccomp as a backend of the BPF compiler and of the PFC export.

#include "policy/bpf/LibseccompFilter.h"

#include "policy/bpf/FilterSpec.h"
#include "policy/core/SyscallTable.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace sysprune::policy {

namespace {
/// Adds the error \p Message, with libseccomp's return code \p Rc (a
/// negated errno; 0 for none) explained; false, for `return fail(...)`.
bool fail(Diagnostics &Diags, const std::string &Message, int Rc) {
  Diags.push_back({Severity::Error,
                   {},
                   Message + (Rc ? std::string(": ") + std::strerror(-Rc) : ""),
                   ""});
  return false;
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

} // namespace

LibseccompContext buildLibseccompFilter(const Policy &P, int Optimize,
                                        Diagnostics &Diags) {
  uint32_t DefaultAction =
      seccompReturnValue(P.DefaultAction, P.DefaultErrnoRet.value_or(1));
  LibseccompContext Ctx(seccomp_init(DefaultAction));
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

std::optional<std::string>
exportLibseccomp(scmp_filter_ctx Ctx, int (*Export)(const scmp_filter_ctx, int),
                 const char *MemfdName, Diagnostics &Diags) {
  int Fd = memfd_create(MemfdName, MFD_CLOEXEC);
  if (Fd < 0) {
    fail(Diags, "cannot create a memfd for the filter", -errno);
    return std::nullopt;
  }
  std::optional<std::string> Result;
  if (int Rc = Export(Ctx, Fd)) {
    fail(Diags, "libseccomp cannot export the filter", Rc);
  } else {
    off_t Size = lseek(Fd, 0, SEEK_END);
    std::string Bytes(static_cast<size_t>(Size), '\0');
    if (pread(Fd, Bytes.data(), Bytes.size(), 0) == Size)
      Result = std::move(Bytes);
    else
      fail(Diags, "cannot read back the exported filter", -errno);
  }
  close(Fd);
  return Result;
}

} // namespace sysprune::policy
