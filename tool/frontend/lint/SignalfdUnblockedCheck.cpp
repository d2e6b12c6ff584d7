#include "tool/frontend/lint/SignalfdUnblockedCheck.h"

#include "tool/frontend/lint/SignalSets.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

void SignalfdUnblockedCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCallInFunction("::signalfd").bind("call"), this);
}

void SignalfdUnblockedCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const VarDecl *Set =
      Call->getNumArgs() > 1 ? addressedVariable(Call->getArg(1)) : nullptr;
  if (!Set)
    return;
  // Only the signals named one by one: a filled or unreadable set says too
  // little to report a signal by name.
  SignalSet Contents = signalsIn(*Set, *Function->getBody(), Report);
  if (!Contents.Known || Contents.Full || Contents.Signals.empty())
    return;
  policy::SignalfdFact Fact{Report.location(Call->getBeginLoc()),
                            std::move(Contents.Signals)};
  auto &Calls = Report.evidence().SignalfdCalls;
  if (std::find(Calls.begin(), Calls.end(), Fact) == Calls.end())
    Calls.push_back(std::move(Fact));
}

} // namespace sysprune::scan::lint
