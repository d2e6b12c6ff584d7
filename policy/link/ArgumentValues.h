#pragma once

#include "policy/link/CallGraph.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace sysprune::policy {

/// The constant values an argument can take at run time, found by following
/// parameters back through the program's callers ("simple wrappers": a
/// function that passes its parameter on to prctl, called with constants).
class ArgumentValues {
public:
  /// \p Entries are where execution starts: their parameters come from
  /// outside and can be anything.
  ArgumentValues(const CallGraph &Graph, const Reachability &Reachable,
                 std::set<std::string> Entries)
      : Graph(Graph), Reachable(Reachable), Entries(std::move(Entries)) {}

  /// Every value \p Value (an argument in function \p In) can have, or
  /// nullopt when one of them is not a constant.
  std::optional<std::set<uint64_t>> valuesOf(const FunctionFacts &In,
                                             const ArgValue &Value);

private:
  std::optional<std::set<uint64_t>> parameterValues(const FunctionFacts &F,
                                                    unsigned Param);

  const CallGraph &Graph;
  const Reachability &Reachable;
  std::set<std::string> Entries;
  std::map<std::pair<std::string, unsigned>, std::optional<std::set<uint64_t>>>
      Memo;
  std::set<std::pair<std::string, unsigned>> InProgress;
};

} // namespace sysprune::policy
