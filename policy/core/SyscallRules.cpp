#include "policy/core/SyscallRules.h"

#include <algorithm>
#include <tuple>

namespace sysprune::policy {

namespace {
// The conditions as a set: order and repeats do not change a conjunction,
// and valueTwo only matters to SCMP_CMP_MASKED_EQ.
std::vector<std::tuple<unsigned, CompareOp, uint64_t, uint64_t>>
conditionSet(const std::vector<ArgCondition> &Conditions) {
  std::vector<std::tuple<unsigned, CompareOp, uint64_t, uint64_t>> Set;
  for (const ArgCondition &C : Conditions)
    Set.emplace_back(C.Index, C.Op, C.Value,
                     C.Op == CompareOp::MaskedEqual ? C.ValueTwo : 0);
  std::sort(Set.begin(), Set.end());
  Set.erase(std::unique(Set.begin(), Set.end()), Set.end());
  return Set;
}
} // namespace

bool sameConditions(const std::vector<ArgCondition> &A,
                    const std::vector<ArgCondition> &B) {
  return conditionSet(A) == conditionSet(B);
}

bool SyscallAllowance::sameActionAs(const SyscallAllowance &Other) const {
  return Act == Other.Act &&
         returnedData(Act, ErrnoRet) == returnedData(Other.Act, Other.ErrnoRet);
}

bool SyscallAllowance::sameAs(const SyscallAllowance &Other) const {
  return sameActionAs(Other) && sameConditions(Conditions, Other.Conditions);
}

std::map<std::string, std::vector<SyscallAllowance>>
rulesBySyscall(const Policy &P) {
  std::map<std::string, std::vector<SyscallAllowance>> Out;
  for (const SyscallRule &Rule : P.Syscalls) {
    SyscallAllowance A{Rule.Act, Rule.ErrnoRet, Rule.Args};
    for (const std::string &Name : Rule.Names) {
      std::vector<SyscallAllowance> &Rules = Out[Name];
      if (std::none_of(Rules.begin(), Rules.end(),
                       [&](const SyscallAllowance &R) { return R.sameAs(A); }))
        Rules.push_back(A);
    }
  }
  return Out;
}

uint32_t returnedData(Action Act, std::optional<uint32_t> ErrnoRet) {
  bool Returns = Act == Action::Errno || Act == Action::Trace;
  return Returns ? ErrnoRet.value_or(1) : 0;
}

std::string actionText(Action Act, std::optional<uint32_t> ErrnoRet) {
  std::string Text = actionName(Act);
  if (ErrnoRet)
    Text += "(" + std::to_string(*ErrnoRet) + ")";
  return Text;
}

const ArgumentUse *
findArgumentUse(const Provenance &Origin, const std::string &Syscall,
                const std::vector<ArgCondition> &Conditions) {
  auto It = Origin.Arguments.find(Syscall);
  if (It == Origin.Arguments.end())
    return nullptr;
  for (const ArgumentUse &Use : It->second)
    if (sameConditions(Use.Conditions, Conditions))
      return &Use;
  return nullptr;
}

} // namespace sysprune::policy
