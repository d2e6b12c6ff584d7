// Checks that need more than one field: whether a rule's conditions can hold,
// whether two rules repeat or contradict each other, whether the policy lets
// anything run. Conditions are compared exactly, as sets of 64-bit values.

#include "policy/json/PolicyConsistency.h"

#include "policy/core/SyscallRules.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <map>
#include <tuple>

namespace sysprune::policy {

namespace {

/// The values one argument may take under some conditions: a range, bits a
/// mask fixes, and values excluded one by one.
class ValueSet {
public:
  void add(const ArgCondition &C);
  bool canHold() const;

private:
  /// The smallest value >= \p From whose masked bits are right.
  std::optional<uint64_t> nextMatching(uint64_t From) const;

  uint64_t Low = 0, High = UINT64_MAX;
  uint64_t Mask = 0, Bits = 0;
  std::vector<uint64_t> Excluded;
  bool Empty = false;
};

void ValueSet::add(const ArgCondition &C) {
  uint64_t V = C.Value;
  switch (C.Op) {
  case CompareOp::Equal:
    Low = std::max(Low, V);
    High = std::min(High, V);
    break;
  case CompareOp::NotEqual:
    Excluded.push_back(V);
    break;
  case CompareOp::Less:
    Empty |= V == 0;
    High = std::min(High, V - 1);
    break;
  case CompareOp::LessEqual:
    High = std::min(High, V);
    break;
  case CompareOp::Greater:
    Empty |= V == UINT64_MAX;
    Low = std::max(Low, V + 1);
    break;
  case CompareOp::GreaterEqual:
    Low = std::max(Low, V);
    break;
  case CompareOp::MaskedEqual: {
    uint64_t Shared = Mask & V;
    // Expected bits outside the mask, or two masks wanting a bit both ways.
    Empty |= (C.ValueTwo & ~V) != 0 || (Bits & Shared) != (C.ValueTwo & Shared);
    Mask |= V;
    Bits |= C.ValueTwo & V;
    break;
  }
  }
}

std::optional<uint64_t> ValueSet::nextMatching(uint64_t From) const {
  // The candidates are Bits | F for F a subset of Free, increasing with F.
  uint64_t Free = ~Mask;
  if (Bits >= From)
    return Bits;
  uint64_t Need = From - Bits; // the smallest F >= Need
  uint64_t Fixed = Need & Mask;
  if (Fixed == 0)
    return Bits | Need;
  // F keeps Need's bits above some free bit P that Need lacks, sets P and
  // clears the rest; P must lie above every fixed bit Need has.
  for (int P = 64 - std::countl_zero(Fixed); P < 64; ++P) {
    uint64_t Bit = uint64_t(1) << P;
    if ((Free & Bit) && !(Need & Bit)) {
      uint64_t Above = P == 63 ? 0 : ~uint64_t(0) << (P + 1);
      return Bits | (Need & Above) | Bit;
    }
  }
  return std::nullopt;
}

bool ValueSet::canHold() const {
  if (Empty || Low > High)
    return false;
  // Each excluded value skips at most one candidate.
  for (std::optional<uint64_t> X = nextMatching(Low); X && *X <= High;) {
    if (std::find(Excluded.begin(), Excluded.end(), *X) == Excluded.end())
      return true;
    if (*X == UINT64_MAX)
      return false;
    X = nextMatching(*X + 1);
  }
  return false;
}

std::string hex(uint64_t V) {
  char Buffer[24];
  snprintf(Buffer, sizeof Buffer, "0x%llx", static_cast<unsigned long long>(V));
  return Buffer;
}

/// "'SCMP_CMP_EQ 2'", "'SCMP_CMP_MASKED_EQ 0x3 0x1'".
std::string describe(const ArgCondition &C) {
  if (C.Op == CompareOp::MaskedEqual)
    return std::string("'") + compareOpName(C.Op) + " " + hex(C.Value) + " " +
           hex(C.ValueTwo) + "'";
  return std::string("'") + compareOpName(C.Op) + " " +
         std::to_string(C.Value) + "'";
}

std::string joinLines(const std::vector<unsigned> &Lines) {
  std::string Out;
  for (size_t I = 0; I < Lines.size(); ++I) {
    if (I)
      Out += I + 1 == Lines.size() ? " and " : ", ";
    Out += std::to_string(Lines[I]);
  }
  return Out;
}

Diagnostic error(const JsonLocator &Where, const std::string &Pointer,
                 std::string Message) {
  return {Severity::Error, Where.locate(Pointer), std::move(Message), ""};
}

/// What a rule does; errnoRet counts only where it is the syscall's result
/// (or the tracer's message).
std::pair<Action, uint32_t> effect(const SyscallRule &Rule) {
  return {Rule.Act, returnedData(Rule.Act, Rule.ErrnoRet)};
}

std::string describeEffect(const SyscallRule &Rule) {
  std::string Out = actionName(Rule.Act);
  if (Rule.ErrnoRet && effect(Rule).second)
    Out += " (errnoRet " + std::to_string(*Rule.ErrnoRet) + ")";
  return Out;
}

/// Lets the syscall run (or hands it to a tracer or supervisor that may).
bool runs(Action Act) {
  return Act == Action::Allow || Act == Action::Log || Act == Action::Trace ||
         Act == Action::Notify;
}

} // namespace

bool conditionHolds(const ArgCondition &C, uint64_t Arg) {
  switch (C.Op) {
  case CompareOp::NotEqual:
    return Arg != C.Value;
  case CompareOp::Less:
    return Arg < C.Value;
  case CompareOp::LessEqual:
    return Arg <= C.Value;
  case CompareOp::Equal:
    return Arg == C.Value;
  case CompareOp::GreaterEqual:
    return Arg >= C.Value;
  case CompareOp::Greater:
    return Arg > C.Value;
  case CompareOp::MaskedEqual:
    return (Arg & C.Value) == C.ValueTwo;
  }
  return false;
}

bool conditionsCanHold(const std::vector<ArgCondition> &Conditions) {
  std::map<unsigned, ValueSet> ByIndex;
  for (const ArgCondition &C : Conditions)
    ByIndex[C.Index].add(C);
  return std::all_of(ByIndex.begin(), ByIndex.end(),
                     [](const auto &Entry) { return Entry.second.canHold(); });
}

std::optional<Diagnostic> checkMaskedEqual(const ArgCondition &C,
                                           const std::string &Pointer,
                                           const JsonLocator &Where) {
  uint64_t Outside = C.ValueTwo & ~C.Value;
  if (C.Op != CompareOp::MaskedEqual || !Outside)
    return std::nullopt;
  std::string Message = "SCMP_CMP_MASKED_EQ can never match: valueTwo " +
                        hex(C.ValueTwo) + " has bits " + hex(Outside) +
                        " outside the mask " + hex(C.Value) +
                        " ('value'), and the masked argument never has them";
  if ((C.Value & ~C.ValueTwo) == 0)
    Message += "; did you swap 'value' (the mask) and 'valueTwo' (the bits "
               "expected under it)?";
  else
    Message += "; expected valueTwo to have only bits of the mask";
  return error(Where, Pointer + "/valueTwo", std::move(Message));
}

std::optional<Diagnostic>
checkConditionsCanHold(const std::vector<ArgCondition> &Args,
                       const std::string &ArgsPointer,
                       const JsonLocator &Where) {
  auto LineOf = [&](size_t I) {
    return Where.locate(ArgsPointer + "/" + std::to_string(I)).Line;
  };
  for (size_t Later = 0; Later < Args.size(); ++Later) {
    const ArgCondition &C = Args[Later];
    std::vector<ArgCondition> Same;
    std::vector<size_t> Earlier;
    for (size_t I = 0; I < Later; ++I)
      if (Args[I].Index == C.Index) {
        Same.push_back(Args[I]);
        Earlier.push_back(I);
      }
    Same.push_back(C);
    if (conditionsCanHold(Same))
      continue;
    std::string Pointer = ArgsPointer + "/" + std::to_string(Later);
    std::string What = describe(C) + " on argument " + std::to_string(C.Index);
    if (Earlier.empty())
      return error(Where, Pointer,
                   What + " can never hold, so the rule never matches");
    // Name the one earlier condition it contradicts when there is one.
    auto Single = std::find_if(Earlier.begin(), Earlier.end(), [&](size_t I) {
      return !conditionsCanHold({Args[I], C});
    });
    std::string Message = What + " contradicts ";
    if (Single != Earlier.end()) {
      Message += describe(Args[*Single]) + " at line " +
                 std::to_string(LineOf(*Single)) + ": no value satisfies both";
    } else {
      std::vector<unsigned> Lines;
      for (size_t I : Earlier)
        Lines.push_back(LineOf(I));
      Message += "the rule's earlier conditions on argument " +
                 std::to_string(C.Index) + " at lines " + joinLines(Lines) +
                 ": no value satisfies them all";
    }
    return error(Where, Pointer,
                 Message + ", so the rule never matches; a rule's conditions "
                           "must all hold (to allow either, write one rule "
                           "for each)");
  }
  return std::nullopt;
}

Diagnostics
checkRepeatedSyscalls(const std::vector<SyscallRule> &Rules,
                      const std::vector<std::vector<std::string>> &NamePointers,
                      const JsonLocator &Where) {
  Diagnostics Found;
  struct Seen {
    size_t Rule;
    unsigned Line;
  };
  std::map<std::string, std::vector<Seen>> ByName;
  for (size_t R = 0; R < Rules.size(); ++R) {
    const SyscallRule &Rule = Rules[R];
    for (size_t N = 0; N < Rule.Names.size(); ++N) {
      const std::string &Pointer = NamePointers[R][N];
      std::vector<Seen> &Earlier = ByName[Rule.Names[N]];
      const Seen *Duplicate = nullptr;
      for (const Seen &E : Earlier) {
        const SyscallRule &First = Rules[E.Rule];
        if (effect(First) == effect(Rule)) {
          if (!Duplicate && sameConditions(First.Args, Rule.Args))
            Duplicate = &E;
          continue;
        }
        std::vector<ArgCondition> Both = First.Args;
        Both.insert(Both.end(), Rule.Args.begin(), Rule.Args.end());
        if (!conditionsCanHold(Both))
          continue;
        std::string Here = Rule.Act == Action::Allow
                               ? "is allowed here"
                               : "gets " + describeEffect(Rule) + " here";
        std::string There =
            First.Act == Action::Allow
                ? "first allowed at line " + std::to_string(E.Line)
                : "first given " + describeEffect(First) + " at line " +
                      std::to_string(E.Line);
        std::string Overlap = First.Args.empty() && Rule.Args.empty()
                                  ? "neither rule has conditions"
                                  : "some arguments match both rules";
        Found.push_back(error(
            Where, Pointer,
            "contradictory rules: syscall '" + Rule.Names[N] + "' " + Here +
                " but was " + There + ", and " + Overlap +
                "; keep one action, or give the rules conditions that do not "
                "overlap"));
        return Found;
      }
      if (Duplicate) {
        std::string Message =
            "duplicate rule: syscall '" + Rule.Names[N] + "' " +
            (Rule.Act == Action::Allow
                 ? "is allowed again with the same conditions (first allowed "
                   "at line "
                 : "gets " + describeEffect(Rule) +
                       " again with the same conditions (first at line ") +
            std::to_string(Duplicate->Line) + "); the repeat has no effect";
        Found.push_back(
            {Severity::Warning, Where.locate(Pointer), std::move(Message), ""});
        continue; // the first occurrence stands for both
      }
      Earlier.push_back({R, Where.locate(Pointer).Line});
    }
  }
  return Found;
}

std::optional<Diagnostic> checkSomethingRuns(const Policy &P,
                                             const std::string &Pointer,
                                             const JsonLocator &Where) {
  if (runs(P.DefaultAction) ||
      std::any_of(P.Syscalls.begin(), P.Syscalls.end(),
                  [](const SyscallRule &R) { return runs(R.Act); }))
    return std::nullopt;
  std::string Fate = P.DefaultAction == Action::Errno
                         ? "every syscall would fail, exit_group too"
                         : "the program would die at its first syscall";
  return error(Where, Pointer,
               std::string("the policy allows no syscall and its default "
                           "action is ") +
                   actionName(P.DefaultAction) + ": " + Fate +
                   "; a policy must allow at least exit_group (did you mean "
                   "to derive one with 'sysprune scan -p BUILD_DIR'?)");
}

} // namespace sysprune::policy
