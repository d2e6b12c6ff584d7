#include "tool/frontend/lint/ChrootOpenFdsCheck.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "chroot-open-fds";
} // namespace

void ChrootOpenFdsCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCallInFunction("::chroot").bind("call"), this);
}

void ChrootOpenFdsCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Chroot = Result.Nodes.getNodeAs<CallExpr>("call");
  const Stmt &Body =
      *Result.Nodes.getNodeAs<FunctionDecl>("function")->getBody();
  ASTContext &Context = *Result.Context;
  const SourceManager &SM = *Result.SourceManager;
  auto Before = [&](const Expr *A, const Expr *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  };
  // The libc calls that return a new descriptor.
  auto Opened = resultsStoredIn(
      Body, Context, "::open", "::open64", "::openat", "::openat64", "::creat",
      "::socket", "::accept", "::accept4", "::dup", "::epoll_create",
      "::epoll_create1", "::inotify_init", "::inotify_init1", "::signalfd",
      "::eventfd", "::memfd_create", "::timerfd_create", "::opendir");
  auto Closes = libcCallsIn(Body, Context, "::close", "::closedir");
  std::vector<policy::Diagnostic> StillOpen;
  for (const auto &[Variable, Open] : Opened) {
    if (!Before(Open, Chroot))
      continue;
    bool Closed = false;
    for (const CallExpr *Close : Closes)
      Closed |= Close->getNumArgs() == 1 &&
                variableOf(Close->getArg(0)) == Variable &&
                Before(Open, Close) && Before(Close, Chroot);
    if (!Closed)
      StillOpen.push_back(Report.note(
          Check, Open->getBeginLoc(),
          "'" + Variable->getNameAsString() + "' is opened here by " +
              Open->getDirectCallee()->getNameAsString() +
              " and not closed before chroot"));
  }
  if (StillOpen.empty())
    return;
  bool One = StillOpen.size() == 1;
  policy::Finding F = Report.finding(
      Check, Chroot->getBeginLoc(),
      std::string("chroot while ") +
          (One ? "a descriptor opened before it is"
               : "descriptors opened before it are") +
          " still open: through " + (One ? "it" : "them") +
          " the process reaches files outside the new root; close " +
          (One ? "it" : "them") + " before chroot");
  F.Notes = std::move(StillOpen);
  F.Notes.push_back(Report.note(
      Check, Chroot->getBeginLoc(),
      "chroot(2): this call does not close open file descriptors, and such "
      "file descriptors may allow access to files outside the chroot tree"));
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
