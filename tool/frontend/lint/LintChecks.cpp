// The lint checks run while scanning: one list, one match pass per
// translation unit. Their names and pages are in policy/LintChecks.cpp.

#include "tool/frontend/lint/LintChecks.h"

#include "tool/frontend/lint/ChrootChdirCheck.h"
#include "tool/frontend/lint/ChrootOpenFdsCheck.h"
#include "tool/frontend/lint/EpollSizeCheck.h"
#include "tool/frontend/lint/FdCloexecCheck.h"
#include "tool/frontend/lint/InotifyReadBufferCheck.h"
#include "tool/frontend/lint/SeccompStackedCheck.h"
#include "tool/frontend/lint/SignalEvidence.h"
#include "tool/frontend/lint/SignalfdUnblockedCheck.h"
#include "tool/frontend/lint/SigprocmaskThreadsCheck.h"

#include <memory>
#include <vector>

namespace sysprune::scan {

using namespace lint;

namespace {
template <typename... Checks>
std::vector<std::unique_ptr<LintCheck>> makeChecks(LintReport &Report) {
  std::vector<std::unique_ptr<LintCheck>> Out;
  (Out.push_back(std::make_unique<Checks>(Report)), ...);
  return Out;
}
} // namespace

void runLintChecks(clang::ASTContext &Context, policy::ProgramFacts &Out) {
  LintReport Report(Context, Out);
  auto Checks =
      makeChecks<ChrootChdirCheck, ChrootOpenFdsCheck, EpollSizeCheck,
                 FdCloexecCheck, InotifyReadBufferCheck, SeccompStackedCheck,
                 SignalEvidence, SignalfdUnblockedCheck,
                 SigprocmaskThreadsCheck>(Report);
  clang::ast_matchers::MatchFinder Finder;
  for (auto &Check : Checks)
    Check->registerMatchers(Finder);
  Finder.matchAST(Context);
}

} // namespace sysprune::scan
