#include "policy/link/ArgumentValues.h"

namespace sysprune::policy {

std::optional<std::set<uint64_t>>
ArgumentValues::valuesOf(const FunctionFacts &In, const ArgValue &Value) {
  switch (Value.What) {
  case ArgValue::Kind::Constant:
    return std::set<uint64_t>{Value.Value};
  case ArgValue::Kind::Parameter: {
    auto Values = parameterValues(In, Value.Param);
    if (!Values || Value.Value == 0)
      return Values;
    std::set<uint64_t> Or;
    for (uint64_t V : *Values)
      Or.insert(V | Value.Value);
    return Or;
  }
  case ArgValue::Kind::Unknown:
    break;
  }
  return std::nullopt;
}

std::optional<std::set<uint64_t>>
ArgumentValues::parameterValues(const FunctionFacts &F, unsigned Param) {
  auto Key = std::make_pair(F.Id, Param);
  if (auto It = Memo.find(Key); It != Memo.end())
    return It->second;
  // Recursion through a cycle of wrappers: give up rather than iterate.
  if (!InProgress.insert(Key).second)
    return std::nullopt;
  std::optional<std::set<uint64_t>> Result;
  // Entry points and functions called through pointers get arguments from
  // code the scan does not see.
  if (!Entries.count(F.Id) && !F.IsStaticInitialiser &&
      !Graph.isAddressTaken(F.Id)) {
    Result.emplace();
    for (const CallerEdge &Edge : Graph.callers(F.Id)) {
      if (!Reachable.isReachable(Edge.Caller->Id))
        continue; // unreachable callers pass nothing at run time
      if (Param >= Edge.Call->Args.size()) {
        Result.reset();
        break;
      }
      auto Values = valuesOf(*Edge.Caller, Edge.Call->Args[Param]);
      if (!Values) {
        Result.reset();
        break;
      }
      Result->insert(Values->begin(), Values->end());
    }
  }
  InProgress.erase(Key);
  Memo[Key] = Result;
  return Result;
}

} // namespace sysprune::policy
