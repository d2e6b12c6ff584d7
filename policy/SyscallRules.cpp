#include "policy/SyscallRules.h"

#include <algorithm>
#include <tuple>

namespace sysprune::policy {

namespace {
std::vector<ArgCondition> sorted(std::vector<ArgCondition> Conditions) {
  auto Key = [](const ArgCondition &C) {
    return std::make_tuple(C.Index, C.Op, C.Value, C.ValueTwo);
  };
  std::sort(Conditions.begin(), Conditions.end(),
            [&](const ArgCondition &A, const ArgCondition &B) {
              return Key(A) < Key(B);
            });
  return Conditions;
}
} // namespace

bool sameConditions(const std::vector<ArgCondition> &A,
                    const std::vector<ArgCondition> &B) {
  return A.size() == B.size() && sorted(A) == sorted(B);
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
