#include "policy/report/Explanation.h"

#include "policy/core/SyscallTable.h"

#include <algorithm>
#include <cstdio>

namespace sysprune::policy {

namespace {
std::string hex(uint64_t V) {
  char Buffer[24];
  std::snprintf(Buffer, sizeof(Buffer), "0x%llx",
                static_cast<unsigned long long>(V));
  return Buffer;
}

SourceLocation resolved(SourceLocation Where, const std::string &Root) {
  if (!Root.empty() && !Where.File.empty() && Where.File.front() != '/')
    Where.File = Root + "/" + Where.File;
  return Where;
}

/// The chain as notes, innermost call first.
void explainChain(const std::vector<Frame> &Chain, const std::string &Syscall,
                  const Site *First, const std::string &Root,
                  Diagnostics &Out) {
  for (size_t I = Chain.size(); I-- > 0;) {
    const Frame &F = Chain[I];
    std::string Message;
    if (I + 1 == Chain.size())
      Message = Syscall + " is made here, in function '" + F.Function + "'" +
                (First ? " (through '" + First->Via + "')" : "");
    else if (F.Via == "vtable")
      Message = "called by library code through the vtable of an object "
                "constructed here, in function '" +
                F.Function + "'";
    else if (F.Via == "address")
      Message = "called through its address, taken here in function '" +
                F.Function + "'";
    else
      Message = "called from function '" + F.Function + "'";
    Out.push_back({Severity::Note, resolved(F.Where, Root), Message, ""});
  }
}
} // namespace

std::string describeConditions(const std::vector<ArgCondition> &Conditions) {
  std::string Out;
  for (const ArgCondition &C : Conditions) {
    if (!Out.empty())
      Out += " and ";
    std::string Arg = "argument " + std::to_string(C.Index);
    switch (C.Op) {
    case CompareOp::Equal:
      Out += Arg + " == " + std::to_string(C.Value);
      break;
    case CompareOp::NotEqual:
      Out += Arg + " != " + std::to_string(C.Value);
      break;
    case CompareOp::Less:
      Out += Arg + " < " + std::to_string(C.Value);
      break;
    case CompareOp::LessEqual:
      Out += Arg + " <= " + std::to_string(C.Value);
      break;
    case CompareOp::Greater:
      Out += Arg + " > " + std::to_string(C.Value);
      break;
    case CompareOp::GreaterEqual:
      Out += Arg + " >= " + std::to_string(C.Value);
      break;
    case CompareOp::MaskedEqual:
      if (C.ValueTwo == 0 && (C.Value & 0xffffffffu) == C.Value)
        Out += Arg + " has no bits outside " + hex(~C.Value & 0xffffffffu);
      else
        Out += Arg + " & " + hex(C.Value) + " == " + hex(C.ValueTwo);
      break;
    }
  }
  return Out;
}

Diagnostics explainSyscall(const Policy &P, const std::string &Syscall,
                           const std::string &Root) {
  Diagnostics Out;
  std::vector<std::string> Allowed = P.allowedSyscalls();
  if (!std::binary_search(Allowed.begin(), Allowed.end(), Syscall)) {
    std::string Message = "the policy does not allow '" + Syscall + "'";
    if (!SyscallTable::native().number(Syscall))
      Message = SyscallTable::native().unknownSyscallMessage(Syscall);
    Out.push_back({Severity::Error, {}, Message, ""});
    return Out;
  }
  if (!P.Origin) {
    Out.push_back({Severity::Note,
                   {},
                   Syscall + " is allowed, but the policy records no "
                             "provenance (it was not written by sysprune "
                             "scan)",
                   ""});
    return Out;
  }
  const Provenance &O = *P.Origin;
  auto Find = [](const auto &Map, const std::string &Key) {
    auto It = Map.find(Key);
    return It == Map.end() ? nullptr : &It->second;
  };
  const auto *Sites = Find(O.Sites, Syscall);
  if (const auto *Uses = Find(O.Arguments, Syscall)) {
    for (const ArgumentUse &Use : *Uses) {
      Out.push_back({Severity::Note,
                     {},
                     Syscall + " is allowed when " +
                         describeConditions(Use.Conditions) + ", needed at " +
                         std::to_string(Use.Sites.size()) +
                         (Use.Sites.size() == 1 ? " site" : " sites"),
                     ""});
      explainChain(Use.Chain, Syscall,
                   Use.Sites.empty() ? nullptr : &Use.Sites.front(), Root, Out);
    }
  } else if (const auto *Chain = Find(O.Chains, Syscall)) {
    size_t Count = Sites ? Sites->size() : 0;
    Out.push_back({Severity::Note,
                   {},
                   Syscall + " is allowed with any arguments, needed at " +
                       std::to_string(Count) +
                       (Count == 1 ? " site" : " sites") +
                       "; the shortest call chain:",
                   ""});
    // The chain ends at the shallowest site; name the call made there.
    const Site *AtEnd = nullptr;
    if (Sites)
      for (const Site &S : *Sites)
        if (!Chain->empty() && S.Where == Chain->back().Where)
          AtEnd = &S;
    explainChain(*Chain, Syscall, AtEnd, Root, Out);
  }
  if (const auto *Baselines = Find(O.FromBaselines, Syscall))
    for (const std::string &B : *Baselines)
      Out.push_back({Severity::Note,
                     {},
                     Syscall + " is needed by the baseline '" + B + "'",
                     ""});
  if (const auto *Why = Find(O.Unrestricted, Syscall))
    Out.push_back(
        {Severity::Note, {}, "no argument rule could be made: " + *Why, ""});
  return Out;
}

} // namespace sysprune::policy
