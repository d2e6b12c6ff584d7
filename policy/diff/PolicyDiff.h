#pragma once

#include "policy/core/Policy.h"
#include "policy/core/SyscallRules.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sysprune::policy {

/// Why a policy has a syscall or one of its argument rules, as its
/// provenance records it.
struct Evidence {
  std::vector<Site> Sites;
  std::vector<Frame> Chain;
  std::vector<std::string> Baselines;
  /// In a merged policy, the inputs that have it (empty: all of them).
  std::vector<std::string> Inputs;
  /// Why no argument rule could be made, for a syscall allowed with any
  /// arguments whose arguments select the operation.
  std::string Unrestricted;
};

/// One rule that appeared, disappeared or replaced others.
struct RuleChange {
  std::string Syscall;
  SyscallAllowance Rule;
  /// For a widening, the argument rules the new one replaces; for a
  /// narrowing, the any-arguments rule that went.
  std::vector<SyscallAllowance> Was;
  /// From the new policy, or from the old one for a removal.
  Evidence Why;
};

/// What changed from one policy to another: what each allows, not why (a new
/// site for a syscall already allowed is no change). Each list is sorted by
/// syscall.
struct PolicyDiff {
  /// Old and new, as actionText spells them, when the default changed.
  std::optional<std::pair<std::string, std::string>> DefaultAction;
  std::vector<std::string> ArchitecturesAdded, ArchitecturesRemoved;
  std::vector<std::string> FlagsAdded, FlagsRemoved;
  /// One per rule of a syscall the old policy did not have.
  std::vector<RuleChange> SyscallsAdded;
  /// One per rule of a syscall the new policy does not have.
  std::vector<RuleChange> SyscallsRemoved;
  /// A syscall that had argument rules and is now allowed with any.
  std::vector<RuleChange> Widened;
  /// One per new argument rule of a syscall that had any arguments.
  std::vector<RuleChange> Narrowed;
  /// Argument rules added to or removed from a syscall both policies have.
  std::vector<RuleChange> RulesAdded, RulesRemoved;

  /// True when both policies allow the same.
  bool empty() const;
};

/// Counts of a diff, syscalls counted once however many rules they have.
struct DiffSummary {
  size_t SyscallsAdded = 0, SyscallsRemoved = 0;
  size_t RulesAdded = 0, RulesRemoved = 0;
  size_t Widened = 0, Narrowed = 0;
  /// The default action, architectures or flags changed.
  bool SettingsChanged = false;
};

/// The changes from \p Old to \p New.
PolicyDiff diffPolicies(const Policy &Old, const Policy &New);

/// The counts of \p D.
DiffSummary summarise(const PolicyDiff &D);

/// "+2 syscalls, -1 syscall, 1 widened to any arguments", with \p Minus
/// as the minus sign; "no changes" when there are none.
std::string describeSummary(const DiffSummary &S, const std::string &Minus);

/// One list of a diff, as the output formats present it.
struct DiffSection {
  /// "Syscalls added".
  const char *Title;
  /// "syscallsAdded", its key in the JSON output.
  const char *Key;
  /// Whether its rules were added (true) or removed (false).
  bool Adds;
  /// Whether the evidence comes from the new policy (where it is needed now)
  /// or the old (where it was needed).
  bool WhyFromNew;
  const std::vector<RuleChange> *Changes;
};

/// The lists of \p D in the order the output formats show them: what the
/// new policy allows that the old did not first.
std::array<DiffSection, 6> diffSections(const PolicyDiff &D);

} // namespace sysprune::policy
