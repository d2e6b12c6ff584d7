#include "policy/link/ArgumentRules.h"

#include <map>

namespace sysprune::policy {

namespace {
// Flag arguments are C ints: compare the low 32 bits only, so that whatever
// a caller leaves in the upper half of the register cannot cause a kill.
constexpr uint64_t LowHalf = 0xffffffffu;

std::string whyUnknown(const SyscallUse &Use, unsigned Index) {
  if (!Use.Function)
    return "the baseline '" + Use.Baseline + "' needs it with any arguments";
  std::string Where = Use.At.Where.File + ":" +
                      std::to_string(Use.At.Where.Line) + ":" +
                      std::to_string(Use.At.Where.Column);
  if (Use.ByLibrary)
    return "'" + Use.At.Via + "' at " + Where +
           " makes it with arguments of its own";
  return "argument " + std::to_string(Index) + " is not a constant at " + Where;
}
} // namespace

ArgumentRestriction restrictArguments(const std::vector<Selector> &Selectors,
                                      const std::vector<SyscallUse> &Uses,
                                      ArgumentValues &Values) {
  ArgumentRestriction Out;
  // Value selectors (as one tuple) -> union of flag bits per flag selector,
  // and the uses behind them.
  struct Group {
    std::vector<uint64_t> Flags;
    std::vector<size_t> Uses;
  };
  std::map<std::vector<uint64_t>, Group> Groups;
  for (size_t U = 0; U < Uses.size(); ++U) {
    const SyscallUse &Use = Uses[U];
    // Each selector's possible values; a use through a wrapper called with
    // several constants has several.
    std::vector<std::set<uint64_t>> PerSelector;
    for (const Selector &S : Selectors) {
      std::optional<std::set<uint64_t>> V;
      if (Use.Function && S.Index < Use.Args.size())
        V = Values.valuesOf(*Use.Function, Use.Args[S.Index]);
      if (!V || V->empty()) {
        Out.Rules.clear();
        Out.Reason = whyUnknown(Use, S.Index);
        if (Use.Function && !Use.ByLibrary)
          Out.Blocker = U;
        return Out;
      }
      PerSelector.push_back(std::move(*V));
    }
    // Every combination of the value selectors' values.
    std::vector<std::vector<uint64_t>> Tuples{{}};
    std::vector<uint64_t> Flags(Selectors.size(), 0);
    for (size_t I = 0; I < Selectors.size(); ++I) {
      if (Selectors[I].IsFlags) {
        for (uint64_t V : PerSelector[I])
          Flags[I] |= V;
        continue;
      }
      std::vector<std::vector<uint64_t>> Next;
      for (const auto &T : Tuples)
        for (uint64_t V : PerSelector[I]) {
          Next.push_back(T);
          Next.back().push_back(V);
        }
      Tuples = std::move(Next);
    }
    for (const auto &T : Tuples) {
      Group &G = Groups[T];
      if (G.Flags.empty())
        G.Flags.assign(Selectors.size(), 0);
      for (size_t I = 0; I < Selectors.size(); ++I)
        G.Flags[I] |= Flags[I];
      G.Uses.push_back(U);
    }
  }
  for (const auto &[Tuple, G] : Groups) {
    std::vector<ArgCondition> Conditions;
    size_t NextValue = 0;
    for (size_t I = 0; I < Selectors.size(); ++I) {
      const Selector &S = Selectors[I];
      if (S.IsFlags)
        // No bit outside those seen: (arg & ~seen) == 0, in OCI terms
        // value = mask, valueTwo = expected.
        Conditions.push_back(
            {S.Index, ~G.Flags[I] & LowHalf, 0, CompareOp::MaskedEqual});
      else
        Conditions.push_back(
            {S.Index, Tuple[NextValue++], 0, CompareOp::Equal});
    }
    Out.Rules.emplace_back(std::move(Conditions), G.Uses);
  }
  return Out;
}

} // namespace sysprune::policy
