#include "tool/frontend/lint/SignalEvidence.h"

#include "tool/frontend/lint/SignalSets.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
// <signal.h>'s `how` values and <sched.h>'s CLONE_THREAD, the same on every
// Linux architecture.
constexpr int64_t SigBlock = 0, SigSetmask = 2;
constexpr int64_t CloneThread = 0x00010000;
} // namespace

void SignalEvidence::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(
      libcCall("::pthread_create", "::thrd_create").bind("thread"), this);
  Finder.addMatcher(libcCall("::clone").bind("clone"), this);
  // A std::thread constructed with a function to run (not moved or
  // default-constructed) starts a thread.
  Finder.addMatcher(
      cxxConstructExpr(
          hasDeclaration(cxxConstructorDecl(
              ofClass(hasAnyName("::std::thread", "::std::jthread")),
              unless(anyOf(isCopyConstructor(), isMoveConstructor(),
                           isDefaultConstructor())))),
          unless(isExpansionInSystemHeader()))
          .bind("thread"),
      this);
  Finder.addMatcher(
      callExpr(libcCall("::sigprocmask", "::pthread_sigmask"),
               optionally(forCallable(functionDecl().bind("function"))))
          .bind("mask"),
      this);
}

void SignalEvidence::run(const MatchFinder::MatchResult &Result) {
  if (const auto *Thread = Result.Nodes.getNodeAs<Expr>("thread"))
    Report.evidence().ThreadCreations.insert(
        Report.location(Thread->getBeginLoc()));
  if (const auto *Clone = Result.Nodes.getNodeAs<CallExpr>("clone")) {
    std::optional<int64_t> Flags = Clone->getNumArgs() > 2
                                       ? Report.constant(Clone->getArg(2))
                                       : std::nullopt;
    if (Flags && (*Flags & CloneThread))
      Report.evidence().ThreadCreations.insert(
          Report.location(Clone->getBeginLoc()));
  }
  if (const auto *Mask = Result.Nodes.getNodeAs<CallExpr>("mask"))
    noteBlocked(Mask, Result.Nodes.getNodeAs<FunctionDecl>("function"));
}

void SignalEvidence::noteBlocked(const CallExpr *Call,
                                 const FunctionDecl *Function) {
  if (Call->getNumArgs() < 2)
    return;
  std::optional<int64_t> How = Report.constant(Call->getArg(0));
  if (How && *How != SigBlock && *How != SigSetmask)
    return;
  // A null set changes nothing.
  if (Call->getArg(1)->IgnoreParenCasts()->isNullPointerConstant(
          Report.context(), Expr::NPC_ValueDependentIsNotNull))
    return;
  std::set<int> &Blocked = Report.evidence().BlockedSignals;
  const VarDecl *Set = addressedVariable(Call->getArg(1));
  SignalSet Contents;
  if (Set && Function && Function->hasBody())
    Contents = signalsIn(*Set, *Function->getBody(), Report);
  // What cannot be read may block anything: never report it unblocked.
  if (!How || !Contents.Known || Contents.Full) {
    for (int Signal = 1; Signal <= LastSignal; ++Signal)
      Blocked.insert(Signal);
    return;
  }
  for (const auto &[Signal, Spelling] : Contents.Signals)
    Blocked.insert(Signal);
}

} // namespace sysprune::scan::lint
