#include "tool/frontend/lint/ChrootChdirCheck.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "chroot-chdir";

bool isStringLiteral(const Expr *E, StringRef Text) {
  const auto *Literal = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts());
  return Literal && Literal->getBytes() == Text;
}
} // namespace

void ChrootChdirCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCallInFunction("::chroot").bind("call"), this);
}

void ChrootChdirCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Chroot = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  const SourceManager &SM = *Result.SourceManager;
  auto Before = [&](const CallExpr *A, const CallExpr *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  };
  // chroot(".") after a chdir into the new root leaves the working directory
  // at the root already.
  bool RootIsWorkingDirectory =
      Chroot->getNumArgs() == 1 && isStringLiteral(Chroot->getArg(0), ".");
  for (const CallExpr *Chdir : libcCallsIn(
           *Function->getBody(), *Result.Context, "::chdir", "::fchdir")) {
    bool IsChdirToRoot = Chdir->getDirectCallee()->getName() == "chdir" &&
                         Chdir->getNumArgs() == 1 &&
                         isStringLiteral(Chdir->getArg(0), "/");
    if ((IsChdirToRoot && Before(Chroot, Chdir)) ||
        (RootIsWorkingDirectory && Before(Chdir, Chroot)))
      return;
  }
  policy::Finding F = Report.finding(
      Check, Chroot->getBeginLoc(),
      "chroot is not followed by chdir(\"/\") in '" +
          Function->getNameAsString() +
          "': the working directory stays outside the new root, and the "
          "process can leave the jail through it; call chdir(\"/\") after "
          "chroot and check its result");
  F.Notes.push_back(Report.note(
      Check, Chroot->getBeginLoc(),
      "chroot(2): this call does not change the current working directory, "
      "so that after the call '.' can be outside the tree rooted at '/'"));
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
