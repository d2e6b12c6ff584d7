// The lint checks drawn from the man pages: their names, and the decisions
// that need the whole program.

#include "policy/check/LintDecisions.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

namespace sysprune::policy {

namespace {
CheckInfo lintCheck(std::string Name, std::string Summary) {
  std::string Page = "docs/checks/" + Name + ".md";
  return {std::move(Name), Severity::Warning, std::move(Summary),
          std::move(Page)};
}

/// "A", "A and B", "A, B and C".
std::string listOf(const std::vector<std::string> &Items) {
  std::string Out;
  for (size_t I = 0; I < Items.size(); ++I) {
    if (I > 0)
      Out += I + 1 == Items.size() ? " and " : ", ";
    Out += Items[I];
  }
  return Out;
}

/// signalfd only reads signals that are pending, and a signal that is not
/// blocked is delivered (handled or its default action taken) before it can
/// be pending: every signal in the set must be blocked somewhere.
std::optional<Finding> unblockedSignals(const SignalfdFact &Call,
                                        const std::set<int> &Blocked) {
  std::vector<std::string> Unblocked;
  for (const auto &[Number, Spelling] : Call.Signals)
    if (!Blocked.count(Number))
      Unblocked.push_back(Spelling);
  if (Unblocked.empty())
    return std::nullopt;
  Finding F;
  bool One = Unblocked.size() == 1;
  std::string Them = One ? "it" : "them";
  F.Main = {Severity::Warning, Call.Where,
            "signalfd is given " + listOf(Unblocked) + ", which the program " +
                (One ? "never blocks" : "blocks nowhere") + ": block " + Them +
                " with sigprocmask or pthread_sigmask (SIG_BLOCK) before "
                "reading " +
                Them + " from the descriptor",
            "signalfd-unblocked"};
  F.Notes.push_back({Severity::Note, Call.Where,
                     "signalfd(2): the signals in the set should first be "
                     "blocked, to prevent their being handled according to "
                     "their default dispositions",
                     "signalfd-unblocked"});
  return F;
}
} // namespace

const std::vector<CheckInfo> &lintChecks() {
  static const std::vector<CheckInfo> Checks = {
      lintCheck("chroot-chdir",
                "chroot not followed by chdir(\"/\") in the same function"),
      lintCheck("chroot-open-fds",
                "chroot while a descriptor opened before it is still open"),
      lintCheck("epoll-size",
                "epoll_create with a size, or epoll_wait with a maxevents, "
                "not above 0"),
      lintCheck("fd-cloexec",
                "a descriptor created without its close-on-exec flag"),
      lintCheck("inotify-read-buffer",
                "a read from an inotify descriptor into a buffer too small "
                "for one event"),
      lintCheck("seccomp-stacked",
                "a seccomp filter of the program's own in a program "
                "hardened by sysprune"),
      lintCheck("signalfd-unblocked",
                "signalfd on signals the program never blocks"),
      lintCheck("sigprocmask-threads",
                "sigprocmask in a program that creates threads"),
  };
  return Checks;
}

Findings resolveLintFindings(const ProgramFacts &Facts,
                             const LintContext &Context) {
  const LintEvidence &Evidence = Facts.Lint;
  Findings Result;
  for (const Finding &F : Facts.LintFindings) {
    if (F.Main.Check == "seccomp-stacked" && !Context.Hardened)
      continue;
    if (F.Main.Check == "sigprocmask-threads") {
      if (Evidence.ThreadCreations.empty())
        continue;
      Finding WithThread = F;
      WithThread.Notes.insert(
          WithThread.Notes.begin(),
          {Severity::Note, *Evidence.ThreadCreations.begin(),
           "the program creates a thread here", F.Main.Check});
      Result.push_back(std::move(WithThread));
      continue;
    }
    Result.push_back(F);
  }
  for (const SignalfdFact &Call : Evidence.SignalfdCalls)
    if (auto F = unblockedSignals(Call, Evidence.BlockedSignals))
      Result.push_back(std::move(*F));
  std::stable_sort(Result.begin(), Result.end(),
                   [](const Finding &A, const Finding &B) {
                     return std::tie(A.Main.Where, A.Main.Check) <
                            std::tie(B.Main.Where, B.Main.Check);
                   });
  Result.erase(std::unique(Result.begin(), Result.end(), sameFinding),
               Result.end());
  return Result;
}

} // namespace sysprune::policy
