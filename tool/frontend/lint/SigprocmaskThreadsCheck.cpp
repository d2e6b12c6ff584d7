#include "tool/frontend/lint/SigprocmaskThreadsCheck.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "sigprocmask-threads";

/// The call is a statement of its own, or cast to void: nothing reads what
/// it returns.
bool resultUnused(const CallExpr &Call, ASTContext &Context) {
  for (const DynTypedNode &Parent : Context.getParents(Call)) {
    if (Parent.get<CompoundStmt>())
      return true;
    if (const auto *Cast = Parent.get<CStyleCastExpr>())
      return Cast->getType()->isVoidType();
  }
  return false;
}
} // namespace

void SigprocmaskThreadsCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCall("::sigprocmask").bind("call"), this);
}

void SigprocmaskThreadsCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  policy::Finding F = Report.finding(
      Check, Call->getBeginLoc(),
      "sigprocmask in a program that creates threads: its effect there is "
      "unspecified; use pthread_sigmask, which changes the calling thread's "
      "mask");
  F.Notes.push_back(Report.note(
      Check, Call->getBeginLoc(),
      "sigprocmask(2): the use of sigprocmask() is unspecified in a "
      "multithreaded process; see pthread_sigmask(3)"));
  // The same arguments mean the same to pthread_sigmask; only the way it
  // reports an error differs, so the rename is safe where nothing reads it.
  bool Unused = resultUnused(*Call, *Result.Context);
  if (!Unused)
    F.Notes.push_back(Report.note(
        Check, Call->getBeginLoc(),
        "pthread_sigmask returns the error number instead of setting errno "
        "and returning -1: change the error check along with the name"));
  else if (auto Fix = Report.replace(
               Call->getCallee()->IgnoreImpCasts()->getSourceRange(),
               "pthread_sigmask"))
    F.Fixes.push_back(*Fix);
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
