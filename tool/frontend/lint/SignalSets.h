#pragma once

#include "tool/frontend/lint/LintCheck.h"

#include <map>
#include <string>

namespace sysprune::scan::lint {

/// What one function puts in a sigset_t variable.
struct SignalSet {
  /// Every change to the set in the function is a sigemptyset, sigfillset,
  /// sigaddset or sigdelset with a constant signal; otherwise nothing is
  /// known of its contents.
  bool Known = false;
  /// sigfillset: every signal (less those deleted).
  bool Full = false;
  /// Signal number -> its spelling, e.g. "SIGINT".
  std::map<int, std::string> Signals;
};

/// The signals \p Body puts in \p Set, by the order-free reading of its
/// sigaddset and sigdelset calls (a signal deleted anywhere is out).
SignalSet signalsIn(const clang::VarDecl &Set, const clang::Stmt &Body,
                    const LintReport &Report);

/// The highest signal number on Linux (SIGRTMAX).
constexpr int LastSignal = 64;

} // namespace sysprune::scan::lint
