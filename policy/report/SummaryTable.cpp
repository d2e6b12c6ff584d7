#include "policy/report/SummaryTable.h"

#include "policy/core/SyscallTable.h"

#include <algorithm>
#include <map>
#include <vector>

namespace sysprune::policy {

namespace {
struct Row {
  std::string Name, Number, Rule, Sites, Why;
};

std::string padded(const std::string &S, size_t Width) {
  return S + std::string(Width > S.size() ? Width - S.size() : 0, ' ');
}

std::string firstReason(const Policy &P, const std::string &Syscall) {
  if (!P.Origin)
    return "";
  const Provenance &O = *P.Origin;
  if (auto It = O.Sites.find(Syscall);
      It != O.Sites.end() && !It->second.empty()) {
    const Site &S = It->second.front();
    return S.Where.File + ":" + std::to_string(S.Where.Line) + " in " +
           S.Function + " (via " + S.Via + ")";
  }
  if (auto It = O.FromBaselines.find(Syscall);
      It != O.FromBaselines.end() && !It->second.empty())
    return "baseline '" + It->second.front() + "'";
  return "";
}
} // namespace

std::string renderSummaryTable(const Policy &P) {
  const SyscallTable &Table = SyscallTable::native();
  std::map<std::string, bool> Restricted; // name -> has argument rules
  for (const SyscallRule &Rule : P.Syscalls)
    if (Rule.Act == Action::Allow)
      for (const std::string &Name : Rule.Names)
        Restricted[Name] = Restricted.count(Name)
                               ? Restricted[Name] && !Rule.Args.empty()
                               : !Rule.Args.empty();
  std::vector<Row> Rows{{"SYSCALL", "NR", "RULE", "SITES", "FIRST NEEDED AT"}};
  for (const auto &[Name, HasArgs] : Restricted) {
    auto Nr = Table.number(Name);
    size_t Sites = 0;
    if (P.Origin)
      if (auto It = P.Origin->Sites.find(Name); It != P.Origin->Sites.end())
        Sites = It->second.size();
    Rows.push_back({Name, Nr ? std::to_string(*Nr) : "-",
                    HasArgs ? "args" : "allow", std::to_string(Sites),
                    firstReason(P, Name)});
  }
  size_t W[4] = {0, 0, 0, 0};
  for (const Row &R : Rows) {
    W[0] = std::max(W[0], R.Name.size());
    W[1] = std::max(W[1], R.Number.size());
    W[2] = std::max(W[2], R.Rule.size());
    W[3] = std::max(W[3], R.Sites.size());
  }
  std::string Out;
  for (const Row &R : Rows)
    Out += padded(R.Name, W[0] + 2) + padded(R.Number, W[1] + 2) +
           padded(R.Rule, W[2] + 2) + padded(R.Sites, W[3] + 2) + R.Why + "\n";
  Out += std::to_string(Restricted.size()) +
         " syscalls allowed; anything "
         "else: " +
         actionName(P.DefaultAction) + "\n";
  return Out;
}

} // namespace sysprune::policy
