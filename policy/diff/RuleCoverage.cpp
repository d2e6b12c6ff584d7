// Whether the rules of a committed policy cover a rule the code needs: a
// question of sets of 64-bit argument values, not of equal rules (a policy
// that allows prctl with any arguments covers prctl(PR_SET_NAME)).

#include "policy/diff/RuleCoverage.h"

#include "policy/json/PolicyConsistency.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

namespace sysprune::policy {

namespace {
constexpr uint64_t Max = std::numeric_limits<uint64_t>::max();

/// The values \p C admits as one interval, for the operators whose values
/// are one (every operator but != and a masked compare); {1, 0} when it
/// admits none.
std::optional<std::pair<uint64_t, uint64_t>> intervalOf(const ArgCondition &C) {
  switch (C.Op) {
  case CompareOp::Equal:
    return std::pair{C.Value, C.Value};
  case CompareOp::Less:
    return C.Value == 0 ? std::pair{uint64_t{1}, uint64_t{0}}
                        : std::pair{uint64_t{0}, C.Value - 1};
  case CompareOp::LessEqual:
    return std::pair{uint64_t{0}, C.Value};
  case CompareOp::Greater:
    return C.Value == Max ? std::pair{uint64_t{1}, uint64_t{0}}
                          : std::pair{C.Value + 1, Max};
  case CompareOp::GreaterEqual:
    return std::pair{C.Value, Max};
  case CompareOp::MaskedEqual:
    // A mask of every bit fixes one value.
    if (C.Value == Max)
      return std::pair{C.ValueTwo, C.ValueTwo};
    return std::nullopt;
  case CompareOp::NotEqual:
    return std::nullopt;
  }
  return std::nullopt;
}

/// Whether every value in [Low, High] satisfies \p Wide.
bool intervalWithin(uint64_t Low, uint64_t High, const ArgCondition &Wide) {
  if (Low == High)
    return conditionHolds(Wide, Low);
  if (auto Range = intervalOf(Wide))
    return Range->first <= Low && High <= Range->second;
  if (Wide.Op == CompareOp::NotEqual)
    return Wide.Value < Low || Wide.Value > High;
  // A masked compare admits no interval of more than one value unless its
  // mask leaves the low bits free; such filters are not written by sysprune.
  return false;
}

/// Whether every value satisfying \p Narrow satisfies \p Wide (both on one
/// argument).
bool conditionImplies(const ArgCondition &Narrow, const ArgCondition &Wide) {
  if (auto Range = intervalOf(Narrow))
    return Range->first <= Range->second &&
           intervalWithin(Range->first, Range->second, Wide);
  if (Narrow.Op == CompareOp::NotEqual)
    return Wide.Op == CompareOp::NotEqual && Wide.Value == Narrow.Value;
  // Narrow is x & M == V with some bits of x free: the smallest value is V,
  // the largest V with every free bit set.
  const uint64_t Mask = Narrow.Value, Fixed = Narrow.ValueTwo;
  switch (Wide.Op) {
  case CompareOp::MaskedEqual:
    // Wide may fix only bits Narrow fixes, to the same values.
    return (Wide.Value & ~Mask) == 0 && (Fixed & Wide.Value) == Wide.ValueTwo;
  case CompareOp::NotEqual:
    return (Wide.Value & Mask) != Fixed;
  case CompareOp::Equal:
    return false;
  default:
    return intervalWithin(Fixed, Fixed | ~Mask, Wide);
  }
}
} // namespace

bool conditionsImply(const std::vector<ArgCondition> &Narrow,
                     const std::vector<ArgCondition> &Wide) {
  return std::all_of(Wide.begin(), Wide.end(), [&](const ArgCondition &W) {
    return std::any_of(Narrow.begin(), Narrow.end(),
                       [&](const ArgCondition &N) {
                         return N.Index == W.Index && conditionImplies(N, W);
                       });
  });
}

} // namespace sysprune::policy
