// From a policy's rules to what its filter decides per architecture and
// syscall number: the part of compilation that does not depend on the
// instructions chosen.

#include "policy/bpf/FilterSpec.h"

#include "policy/core/SyscallTable.h"

#include <linux/audit.h>
#include <linux/seccomp.h>

#include <algorithm>

namespace sysprune::policy {

namespace {
// x32 syscalls arrive as AUDIT_ARCH_X86_64 with this bit set in nr.
constexpr uint32_t X32SyscallBit = 0x40000000;

const std::vector<std::string> &decisionTreeArchitectures() {
  static const std::vector<std::string> Names = {
      "SCMP_ARCH_X86_64", "SCMP_ARCH_AARCH64", "SCMP_ARCH_RISCV64"};
  return Names;
}

std::vector<std::string> listedArchitectures(const Policy &P) {
  if (!P.Architectures.empty())
    return P.Architectures;
  return {SyscallTable::native().architecture()};
}

void addRule(SyscallDecision &D, const SyscallRule &Rule, uint32_t Action,
             uint32_t DefaultAction) {
  if (Rule.Args.empty()) {
    if (D.Otherwise != DefaultAction)
      return; // an earlier unconditional rule decides
    D.Otherwise = Action;
    // Conditional rules with the same action add nothing to it.
    std::erase_if(D.Alternatives,
                  [&](const RuleAlternative &A) { return A.Action == Action; });
    return;
  }
  if (D.Otherwise == Action)
    return;
  RuleAlternative Alternative{Rule.Args, Action};
  if (std::find(D.Alternatives.begin(), D.Alternatives.end(), Alternative) ==
      D.Alternatives.end())
    D.Alternatives.push_back(std::move(Alternative));
}
} // namespace

uint32_t seccompReturnValue(Action Act, uint32_t Data) {
  switch (Act) {
  case Action::KillProcess:
    return SECCOMP_RET_KILL_PROCESS;
  case Action::KillThread:
    return SECCOMP_RET_KILL_THREAD;
  case Action::Trap:
    return SECCOMP_RET_TRAP;
  case Action::Errno:
    return SECCOMP_RET_ERRNO | (Data & 0xffff);
  case Action::Trace:
    return SECCOMP_RET_TRACE | (Data & 0xffff);
  case Action::Allow:
    return SECCOMP_RET_ALLOW;
  case Action::Log:
    return SECCOMP_RET_LOG;
  case Action::Notify:
    return SECCOMP_RET_USER_NOTIF;
  }
  return SECCOMP_RET_KILL_PROCESS;
}

bool decisionTreeSupports(const Policy &P) {
  const std::vector<std::string> &Supported = decisionTreeArchitectures();
  for (const std::string &Arch : listedArchitectures(P))
    if (std::find(Supported.begin(), Supported.end(), Arch) == Supported.end())
      return false;
  return true;
}

std::optional<FilterSpec>
buildFilterSpec(const Policy &P, uint32_t DefaultAction, Diagnostics &Diags) {
  FilterSpec Spec;
  Spec.DefaultAction = DefaultAction;
  Spec.BadArchAction = SECCOMP_RET_KILL_PROCESS;
  for (const std::string &Arch : listedArchitectures(P)) {
    const std::vector<std::string> &Supported = decisionTreeArchitectures();
    auto Table = SyscallTable::forArchitecture(Arch);
    if (!Table || std::find(Supported.begin(), Supported.end(), Arch) ==
                      Supported.end()) {
      Diags.push_back({Severity::Error,
                       {},
                       "sysprune's BPF compiler does not support " + Arch,
                       ""});
      return std::nullopt;
    }
    if (std::any_of(Spec.Architectures.begin(), Spec.Architectures.end(),
                    [&](const ArchitectureDecisions &A) {
                      return A.AuditArch == Table->token();
                    }))
      continue; // listed twice
    ArchitectureDecisions Decisions;
    Decisions.AuditArch =
        Table->token(); // libseccomp's tokens are AUDIT_ARCH_*
    if (Decisions.AuditArch == AUDIT_ARCH_X86_64)
      // x32 numbers, except -1 (a tracer's skipped syscall), which gets the
      // default action as every unknown number does.
      Decisions.Foreign.push_back({X32SyscallBit, 0xfffffffe});
    for (const SyscallRule &Rule : P.Syscalls) {
      uint32_t Action = seccompReturnValue(Rule.Act, Rule.ErrnoRet.value_or(1));
      if (Action == DefaultAction)
        continue;
      for (const std::string &Name : Rule.Names) {
        auto Nr = Table->number(Name);
        if (!Nr)
          continue; // not a syscall of this architecture
        auto [It, New] = Decisions.Syscalls.try_emplace(
            static_cast<uint32_t>(*Nr), SyscallDecision{{}, DefaultAction});
        addRule(It->second, Rule, Action, DefaultAction);
      }
    }
    Spec.Architectures.push_back(std::move(Decisions));
  }
  return Spec;
}

} // namespace sysprune::policy
