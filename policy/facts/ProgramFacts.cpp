#include "policy/facts/ProgramFacts.h"

#include <algorithm>
#include <iterator>

namespace sysprune::policy {

namespace {
template <typename T> void append(std::vector<T> &To, std::vector<T> &From) {
  To.insert(To.end(), std::make_move_iterator(From.begin()),
            std::make_move_iterator(From.end()));
}
} // namespace

void ProgramFacts::merge(ProgramFacts &&Other) {
  // A finding in a header comes once from every file that includes it.
  for (Finding &F : Other.LintFindings)
    if (std::none_of(LintFindings.begin(), LintFindings.end(),
                     [&](const Finding &Seen) { return sameFinding(Seen, F); }))
      LintFindings.push_back(std::move(F));
  Lint.ThreadCreations.merge(Other.Lint.ThreadCreations);
  Lint.BlockedSignals.merge(Other.Lint.BlockedSignals);
  for (SignalfdFact &S : Other.Lint.SignalfdCalls)
    if (std::find(Lint.SignalfdCalls.begin(), Lint.SignalfdCalls.end(), S) ==
        Lint.SignalfdCalls.end())
      Lint.SignalfdCalls.push_back(std::move(S));
  for (auto &[Id, Places] : Other.Redefinitions)
    Redefinitions[Id].insert(Places.begin(), Places.end());
  for (auto &[Id, Function] : Other.Functions) {
    auto [It, Inserted] = Functions.try_emplace(Id, std::move(Function));
    if (Inserted)
      continue;
    if (It->second.Where != Function.Where && !Function.IsStaticInitialiser) {
      auto &Places = Redefinitions[Id];
      Places.insert(It->second.Where);
      Places.insert(Function.Where);
    }
    // The same function seen again: an inline function in several TUs, or
    // one file compiled twice with different flags. Keep the union, so that
    // what any variant does is allowed.
    append(It->second.Calls, Function.Calls);
    append(It->second.IndirectCalls, Function.IndirectCalls);
    append(It->second.Syscalls, Function.Syscalls);
    append(It->second.Unresolved, Function.Unresolved);
  }
}

} // namespace sysprune::policy
