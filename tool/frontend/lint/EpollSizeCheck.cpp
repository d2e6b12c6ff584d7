#include "tool/frontend/lint/EpollSizeCheck.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "epoll-size";
} // namespace

void EpollSizeCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCall("::epoll_create", "::epoll_wait", "::epoll_pwait",
                             "::epoll_pwait2")
                        .bind("call"),
                    this);
}

void EpollSizeCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  std::string Function = Call->getDirectCallee()->getNameAsString();
  bool Create = Function == "epoll_create";
  unsigned Index = Create ? 0 : 2;
  if (Call->getNumArgs() <= Index)
    return;
  const Expr *Argument = Call->getArg(Index);
  std::optional<int64_t> Value = Report.constant(Argument);
  // The parameter is an int: its value is the low 32 bits, signed.
  if (!Value || static_cast<int32_t>(*Value) > 0)
    return;
  std::string Shown = std::to_string(static_cast<int32_t>(*Value));
  policy::Finding F =
      Create
          ? Report.finding(Check, Argument->getBeginLoc(),
                           "epoll_create's size is " + Shown +
                               ", and the call fails with EINVAL unless it is "
                               "greater than 0; the kernel ignores its value "
                               "otherwise: pass 1, or use epoll_create1")
          : Report.finding(
                Check, Argument->getBeginLoc(),
                Function + "'s maxevents is " + Shown +
                    ", and the call fails with EINVAL unless it is "
                    "greater than 0: pass the number of elements of the "
                    "events array");
  F.Notes.push_back(Report.note(
      Check, Argument->getBeginLoc(),
      Create ? "epoll_create(2): since Linux 2.6.8, the size argument is "
               "ignored, but must be greater than zero"
             : "epoll_wait(2): EINVAL: epfd is not an epoll file descriptor, "
               "or maxevents is less than or equal to zero"));
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
