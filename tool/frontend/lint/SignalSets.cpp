#include "tool/frontend/lint/SignalSets.h"

#include <set>

namespace sysprune::scan::lint {

using namespace clang;

SignalSet signalsIn(const VarDecl &Set, const Stmt &Body,
                    const LintReport &Report) {
  SignalSet Out;
  std::set<int> Deleted;
  bool Unreadable = false, Initialised = false;
  for (const CallExpr *Call :
       libcCallsIn(Body, Report.context(), "::sigemptyset", "::sigfillset",
                   "::sigaddset", "::sigdelset")) {
    if (Call->getNumArgs() < 1 || addressedVariable(Call->getArg(0)) != &Set)
      continue;
    StringRef Name = Call->getDirectCallee()->getName();
    Initialised = true;
    if (Name == "sigemptyset")
      continue;
    if (Name == "sigfillset") {
      Out.Full = true;
      continue;
    }
    std::optional<int64_t> Signal = Call->getNumArgs() == 2
                                        ? Report.constant(Call->getArg(1))
                                        : std::nullopt;
    if (!Signal || *Signal < 1 || *Signal > LastSignal) {
      Unreadable = true;
      continue;
    }
    if (Name == "sigdelset")
      Deleted.insert(static_cast<int>(*Signal));
    else
      Out.Signals[static_cast<int>(*Signal)] = Report.spelling(Call->getArg(1));
  }
  for (int Signal : Deleted)
    Out.Signals.erase(Signal);
  Out.Known = Initialised && !Unreadable;
  return Out;
}

} // namespace sysprune::scan::lint
