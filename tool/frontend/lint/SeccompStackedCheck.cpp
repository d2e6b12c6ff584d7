#include "tool/frontend/lint/SeccompStackedCheck.h"

#include "policy/core/SyscallTable.h"

#include <clang/Basic/TargetInfo.h>

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "seccomp-stacked";
/// <linux/prctl.h>.
constexpr int64_t PrSetSeccomp = 22;

/// The number of the seccomp syscall on the translation unit's target.
std::optional<int> seccompNumber(const ASTContext &Context) {
  const llvm::Triple &Triple = Context.getTargetInfo().getTriple();
  const char *Oci =
      Triple.getArch() == llvm::Triple::x86_64    ? "SCMP_ARCH_X86_64"
      : Triple.isAArch64()                        ? "SCMP_ARCH_AARCH64"
      : Triple.getArch() == llvm::Triple::riscv64 ? "SCMP_ARCH_RISCV64"
      : Triple.getArch() == llvm::Triple::x86     ? "SCMP_ARCH_X86"
                                                  : nullptr;
  if (!Oci)
    return std::nullopt;
  auto Table = policy::SyscallTable::forArchitecture(Oci);
  return Table ? Table->number("seccomp") : std::nullopt;
}
} // namespace

void SeccompStackedCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(
      libcCall("::prctl", "::syscall", "::seccomp_load").bind("call"), this);
}

void SeccompStackedCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  std::string Function = Call->getDirectCallee()->getNameAsString();
  std::optional<int64_t> First =
      Call->getNumArgs() > 0 ? Report.constant(Call->getArg(0)) : std::nullopt;
  std::string How;
  if (Function == "seccomp_load")
    How = "seccomp_load";
  else if (Function == "prctl" && First == PrSetSeccomp)
    How = "prctl(PR_SET_SECCOMP)";
  else if (Function == "syscall" && First &&
           seccompNumber(*Result.Context) == *First)
    How = "syscall(SYS_seccomp)";
  else
    return;
  policy::Finding F = Report.finding(
      Check, Call->getBeginLoc(),
      How +
          " installs a seccomp filter of the program's own in a program "
          "hardened by sysprune: both filters apply to every syscall and "
          "the stricter answer wins, so sysprune's policy must allow " +
          (Function == "prctl" ? std::string("prctl") : "seccomp") +
          " and all this filter allows; keep one filter, or check that "
          "they agree");
  F.Notes.push_back(Report.note(
      Check, Call->getBeginLoc(),
      "seccomp(2): if multiple filters exist, they are all executed, and "
      "the return value with the highest precedence is used"));
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
