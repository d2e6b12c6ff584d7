// sysprune's BPF compiler. The program is built backwards, from its last
// instruction to its first, so that every jump's target already exists
// when the jump is written: a target more than 255 instructions away (the
// reach of a conditional jump) gets an unconditional `ja` beside the jump.

#include "policy/bpf/DecisionTree.h"

#include <linux/seccomp.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <variant>

namespace sysprune::policy {

namespace {
/// A program under construction, last instruction first. A label is the
/// index of an instruction in that reversed order.
class ReverseProgram {
public:
  using Label = size_t;

  Label emit(sock_filter I) {
    Reversed.push_back(I);
    return Reversed.size() - 1;
  }
  /// A return of \p Action: one written shortly before when there is one
  /// (a jump can reach it without a trampoline), else a new one.
  Label ret(uint32_t Action) {
    auto It = Returns.find(Action);
    if (It != Returns.end() && Reversed.size() - It->second <= 64)
      return It->second;
    Label New = emit(BPF_STMT(BPF_RET | BPF_K, Action));
    Returns[Action] = New;
    return New;
  }
  /// Continues at \p Target: nothing when it is the next instruction.
  Label go(Label Target) {
    if (Target == start())
      return Target;
    return emit(BPF_STMT(BPF_JMP | BPF_JA, distance(Target)));
  }
  Label load(uint32_t Offset) {
    return emit(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, Offset));
  }
  /// if (A OP K) goto True else goto False.
  Label jump(uint16_t Op, uint32_t K, Label True, Label False) {
    for (;;) {
      bool Moved = false;
      if (distance(True) > 255) {
        True = emit(BPF_STMT(BPF_JMP | BPF_JA, distance(True)));
        Moved = true;
      }
      if (distance(False) > 255) {
        False = emit(BPF_STMT(BPF_JMP | BPF_JA, distance(False)));
        Moved = true;
      }
      if (!Moved)
        break;
    }
    return emit(BPF_JUMP(BPF_JMP | Op | BPF_K, K,
                         static_cast<uint8_t>(distance(True)),
                         static_cast<uint8_t>(distance(False))));
  }
  /// The instruction written last: where the code written so far starts.
  Label start() const { return Reversed.size() - 1; }

  std::vector<sock_filter> finish() const {
    return {Reversed.rbegin(), Reversed.rend()};
  }

private:
  /// The offset a jump written next needs to reach \p Target.
  uint32_t distance(Label Target) const {
    return static_cast<uint32_t>(Reversed.size() - 1 - Target);
  }

  std::vector<sock_filter> Reversed;
  std::map<uint32_t, Label> Returns;
};
using Label = ReverseProgram::Label;

uint32_t low(uint64_t V) { return static_cast<uint32_t>(V); }
uint32_t high(uint64_t V) { return static_cast<uint32_t>(V >> 32); }

// seccomp_data.args[I] on a little-endian architecture.
uint32_t lowWordOffset(unsigned Index) {
  return offsetof(seccomp_data, args) + 8 * Index;
}
uint32_t highWordOffset(unsigned Index) { return lowWordOffset(Index) + 4; }

/// Writes the test of \p C: on to \p Pass when it holds, else to \p Fail.
Label condition(ReverseProgram &Out, const ArgCondition &C, Label Pass,
                Label Fail) {
  unsigned I = C.Index;
  switch (C.Op) {
  case CompareOp::NotEqual:
    return condition(Out, {I, C.Value, C.ValueTwo, CompareOp::Equal}, Fail,
                     Pass);
  case CompareOp::Less:
    return condition(Out, {I, C.Value, C.ValueTwo, CompareOp::GreaterEqual},
                     Fail, Pass);
  case CompareOp::LessEqual:
    return condition(Out, {I, C.Value, C.ValueTwo, CompareOp::Greater}, Fail,
                     Pass);
  case CompareOp::Equal:
    Out.jump(BPF_JEQ, low(C.Value), Pass, Fail);
    Out.load(lowWordOffset(I));
    Out.jump(BPF_JEQ, high(C.Value), Out.start(), Fail);
    return Out.load(highWordOffset(I));
  case CompareOp::MaskedEqual: {
    // (arg & Value) == ValueTwo, a word at a time; a word the mask clears
    // needs no test (or always fails when ValueTwo expects bits there).
    uint64_t Mask = C.Value, Expected = C.ValueTwo;
    if ((Expected & ~Mask) != 0)
      return Fail;
    Label Next = Pass;
    for (bool High : {false, true}) {
      uint32_t M = High ? high(Mask) : low(Mask);
      uint32_t E = High ? high(Expected) : low(Expected);
      if (M == 0)
        continue;
      Out.jump(BPF_JEQ, E, Next, Fail);
      if (M != 0xffffffff)
        Out.emit(BPF_STMT(BPF_ALU | BPF_AND | BPF_K, M));
      Next = Out.load(High ? highWordOffset(I) : lowWordOffset(I));
    }
    return Next;
  }
  case CompareOp::Greater:
  case CompareOp::GreaterEqual: {
    // Unsigned 64-bit: the high words decide unless they are equal.
    uint16_t LowOp = C.Op == CompareOp::Greater ? BPF_JGT : BPF_JGE;
    Out.jump(LowOp, low(C.Value), Pass, Fail);
    Label LowTest = Out.load(lowWordOffset(I));
    Out.jump(BPF_JEQ, high(C.Value), LowTest, Fail);
    Out.jump(BPF_JGT, high(C.Value), Pass, Out.start());
    return Out.load(highWordOffset(I));
  }
  }
  return Fail;
}

/// Whether alternatives \p A and \p B compare one argument for equality
/// and can share a test of its high word.
bool sharesHighWord(const RuleAlternative &A, const RuleAlternative &B) {
  auto Single = [](const RuleAlternative &R) {
    return R.Conditions.size() == 1 && R.Conditions[0].Op == CompareOp::Equal;
  };
  return Single(A) && Single(B) && A.Action == B.Action &&
         A.Conditions[0].Index == B.Conditions[0].Index &&
         high(A.Conditions[0].Value) == high(B.Conditions[0].Value);
}

/// Writes \p D: the alternatives in order, then its Otherwise action.
Label decision(ReverseProgram &Out, const SyscallDecision &D) {
  Label Next = Out.ret(D.Otherwise);
  const std::vector<RuleAlternative> &Alternatives = D.Alternatives;
  size_t End = Alternatives.size();
  while (End > 0) {
    // A run of equality tests of one argument (ioctl's requests, prctl's
    // options) loads it once: high word, then each low value in turn.
    size_t Begin = End - 1;
    while (Begin > 0 &&
           sharesHighWord(Alternatives[Begin - 1], Alternatives[Begin]))
      --Begin;
    const RuleAlternative &First = Alternatives[Begin];
    Label Pass = Out.ret(First.Action);
    if (End - Begin > 1 || (First.Conditions.size() == 1 &&
                            First.Conditions[0].Op == CompareOp::Equal)) {
      const ArgCondition &C = First.Conditions[0];
      Label Fail = Next;
      for (size_t I = End; I-- > Begin;)
        Fail = Out.jump(BPF_JEQ, low(Alternatives[I].Conditions[0].Value), Pass,
                        Fail);
      Label LowTests = Out.load(lowWordOffset(C.Index));
      Out.jump(BPF_JEQ, high(C.Value), LowTests, Next);
      Next = Out.load(highWordOffset(C.Index));
    } else {
      Label Start = Pass;
      for (size_t I = First.Conditions.size(); I-- > 0;)
        Start = condition(Out, First.Conditions[I], Start, Next);
      Next = Start;
    }
    End = Begin;
  }
  return Next;
}

/// What the numbers of one range get: a return value, or a decision.
using Outcome = std::variant<uint32_t, const SyscallDecision *>;

bool sameOutcome(const Outcome &A, const Outcome &B) {
  if (A.index() != B.index())
    return false;
  if (const uint32_t *Action = std::get_if<uint32_t>(&A))
    return *Action == std::get<uint32_t>(B);
  return *std::get<const SyscallDecision *>(A) ==
         *std::get<const SyscallDecision *>(B);
}

struct Segment {
  uint64_t First; // the last is the next segment's First - 1
  Outcome What;
};

/// The numbers 0 to 2^32 - 1 cut into maximal ranges with one outcome.
std::vector<Segment> segments(const ArchitectureDecisions &Arch,
                              uint32_t DefaultAction, uint32_t BadArchAction) {
  struct Piece {
    uint64_t First, End;
    Outcome What;
  };
  std::vector<Piece> Pieces;
  for (const auto &[Nr, D] : Arch.Syscalls) {
    Outcome What = D.Alternatives.empty() ? Outcome(D.Otherwise) : Outcome(&D);
    Pieces.push_back({Nr, uint64_t{Nr} + 1, What});
  }
  for (const NumberRange &R : Arch.Foreign)
    Pieces.push_back({R.First, uint64_t{R.Last} + 1, BadArchAction});
  std::sort(Pieces.begin(), Pieces.end(),
            [](const Piece &A, const Piece &B) { return A.First < B.First; });
  std::vector<Segment> Out;
  auto add = [&](uint64_t First, Outcome What) {
    if (!Out.empty() && sameOutcome(Out.back().What, What))
      return;
    Out.push_back({First, What});
  };
  uint64_t Covered = 0;
  for (const Piece &P : Pieces) {
    if (P.First < Covered)
      continue; // a policy syscall inside a foreign range: cannot happen
    if (P.First > Covered)
      add(Covered, DefaultAction);
    add(P.First, P.What);
    Covered = P.End;
  }
  if (Covered <= 0xffffffff)
    add(Covered, DefaultAction);
  return Out;
}

/// Writes the tree that finds the segment of A's syscall number among
/// \p Segs[Begin, End): each node splits the range in halves.
Label tree(ReverseProgram &Out, const std::vector<Segment> &Segs, size_t Begin,
           size_t End) {
  if (End - Begin == 1) {
    if (const uint32_t *Action = std::get_if<uint32_t>(&Segs[Begin].What))
      return Out.ret(*Action);
    return decision(Out, *std::get<const SyscallDecision *>(Segs[Begin].What));
  }
  size_t Middle = Begin + (End - Begin) / 2;
  Label Right = tree(Out, Segs, Middle, End);
  Label Left = tree(Out, Segs, Begin, Middle);
  return Out.jump(BPF_JGE, static_cast<uint32_t>(Segs[Middle].First), Right,
                  Left);
}
} // namespace

std::vector<sock_filter> compileDecisionTree(const FilterSpec &Spec) {
  ReverseProgram Out;
  Label NextArchitecture = Out.ret(Spec.BadArchAction);
  for (size_t I = Spec.Architectures.size(); I-- > 0;) {
    const ArchitectureDecisions &Arch = Spec.Architectures[I];
    std::vector<Segment> Segs =
        segments(Arch, Spec.DefaultAction, Spec.BadArchAction);
    Label Root = tree(Out, Segs, 0, Segs.size());
    // A tree of one segment is a return, maybe one written earlier.
    Out.go(Root);
    Label Body = Out.load(offsetof(seccomp_data, nr));
    NextArchitecture =
        Out.jump(BPF_JEQ, Arch.AuditArch, Body, NextArchitecture);
  }
  Out.load(offsetof(seccomp_data, arch));
  return Out.finish();
}

} // namespace sysprune::policy
