#include "tool/frontend/lint/FdCloexecCheck.h"

#include <map>

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "fd-cloexec";

/// O_CLOEXEC, and EPOLL_CLOEXEC, IN_CLOEXEC, SFD_CLOEXEC, EFD_CLOEXEC and
/// SOCK_CLOEXEC, which the kernel defines as O_CLOEXEC: 02000000 on every
/// architecture sysprune supports (x86, arm, riscv).
constexpr int64_t CloexecBit = 02000000;

/// The wrappers with a flags argument: which argument, and its flag.
struct FlagsArgument {
  unsigned Index;
  const char *Flag;
};
const std::map<std::string, FlagsArgument> &flagsArguments() {
  static const std::map<std::string, FlagsArgument> Table = {
      {"epoll_create1", {0, "EPOLL_CLOEXEC"}},
      {"inotify_init1", {0, "IN_CLOEXEC"}},
      {"signalfd", {2, "SFD_CLOEXEC"}},
      {"eventfd", {1, "EFD_CLOEXEC"}},
      {"socket", {1, "SOCK_CLOEXEC"}},
      {"accept4", {3, "SOCK_CLOEXEC"}},
      {"open", {1, "O_CLOEXEC"}},
      {"open64", {1, "O_CLOEXEC"}},
      {"openat", {2, "O_CLOEXEC"}},
      {"openat64", {2, "O_CLOEXEC"}},
  };
  return Table;
}

/// `Flags | FLAG` means the same as Flags with FLAG added only when no
/// operator of Flags binds more loosely than `|`.
bool safeToOrInto(const Expr *Flags) {
  const Expr *E = Flags->IgnoreImpCasts();
  if (isa<ConditionalOperator, BinaryConditionalOperator>(E))
    return false;
  if (const auto *Op = dyn_cast<BinaryOperator>(E))
    return !Op->isLogicalOp() && !Op->isAssignmentOp() && !Op->isCommaOp();
  return true;
}
} // namespace

void FdCloexecCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCall("::epoll_create", "::inotify_init", "::accept",
                             "::epoll_create1", "::inotify_init1", "::signalfd",
                             "::eventfd", "::socket", "::accept4", "::open",
                             "::open64", "::openat", "::openat64")
                        .bind("call"),
                    this);
}

void FdCloexecCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  std::string Function = Call->getDirectCallee()->getName().str();
  auto Flags = flagsArguments().find(Function);
  if (Flags == flagsArguments().end())
    return checkWithoutFlags(Call, Function);
  // signalfd on an existing descriptor (fd != -1) creates nothing.
  if (Function == "signalfd" && Report.constant(Call->getArg(0)) != -1)
    return;
  checkFlags(Call, Function, Flags->second.Index, Flags->second.Flag);
}

void FdCloexecCheck::checkFlags(const CallExpr *Call,
                                const std::string &Function,
                                unsigned FlagsIndex, const std::string &Flag) {
  if (Call->getNumArgs() <= FlagsIndex)
    return;
  const Expr *Flags = Call->getArg(FlagsIndex);
  // Flags known only at run time may hold the flag.
  std::optional<int64_t> Value = Report.constant(Flags);
  if (!Value || (*Value & CloexecBit))
    return;
  policy::Finding F = Report.finding(
      Check, Flags->getBeginLoc(),
      Function + " creates a file descriptor without " + Flag +
          ": it stays open in every program this process executes; add " +
          Flag + " to the flags");
  F.Notes.push_back(Report.note(
      Check, Flags->getBeginLoc(),
      "open(2): setting close-on-exec later with fcntl(F_SETFD) races with "
      "a fork and execve in another thread"));
  const auto *Literal = dyn_cast<IntegerLiteral>(Flags->IgnoreImpCasts());
  std::optional<policy::FixIt> Fix;
  if (Literal && Literal->getValue() == 0 && Literal->getBeginLoc().isFileID())
    Fix = Report.replace(Flags->getSourceRange(), Flag);
  else if (safeToOrInto(Flags))
    Fix = Report.insertAfter(Flags->getSourceRange(), " | " + Flag);
  if (Fix)
    F.Fixes.push_back(*Fix);
  Report.add(std::move(F));
}

void FdCloexecCheck::checkWithoutFlags(const CallExpr *Call,
                                       const std::string &Function) {
  SourceLocation Where = Call->getBeginLoc();
  if (Function == "accept") {
    // accept4 is a GNU extension (_GNU_SOURCE): no edit, only the advice.
    Report.add(Report.finding(
        Check, Where,
        "accept creates a file descriptor without close-on-exec: it stays "
        "open in every program this process executes; use accept4 with "
        "SOCK_CLOEXEC (declared with _GNU_SOURCE)"));
    return;
  }
  bool Epoll = Function == "epoll_create";
  std::string Replacement =
      Epoll ? "epoll_create1(EPOLL_CLOEXEC)" : "inotify_init1(IN_CLOEXEC)";
  policy::Finding F = Report.finding(
      Check, Where,
      Function +
          " creates a file descriptor without close-on-exec: it stays "
          "open in every program this process executes; use " +
          Replacement);
  // epoll_create ignores a positive size; a size <= 0 fails, and the
  // replacement would not (epoll-size reports it).
  std::optional<int64_t> Size = Epoll && Call->getNumArgs() == 1
                                    ? Report.constant(Call->getArg(0))
                                    : std::nullopt;
  if (!Epoll || (Size && *Size > 0))
    if (auto Fix = Report.replace(Call->getSourceRange(), Replacement))
      F.Fixes.push_back(*Fix);
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
