#pragma once

#include "policy/core/Policy.h"
#include "policy/facts/ProgramFacts.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace sysprune::policy {

/// A call into a function: who makes it and how.
struct CallerEdge {
  const FunctionFacts *Caller = nullptr;
  const CallFact *Call = nullptr;
};

/// The whole program's call graph, built from merged facts: direct calls,
/// taken addresses, and virtual calls expanded to every override.
class CallGraph {
public:
  explicit CallGraph(const ProgramFacts &Facts);

  /// The function with \p Id, or null when the program does not define it.
  const FunctionFacts *find(const std::string &Id) const;
  /// The program's functions that \p Call may enter: its callee and, for a
  /// virtual call or a virtual method's address (a pointer to member, which
  /// dispatches when called), every override of it.
  std::vector<const FunctionFacts *> targets(const CallFact &Call) const;
  /// The calls into \p Id (after expanding virtual calls).
  const std::vector<CallerEdge> &callers(const std::string &Id) const;
  /// True when some function whose address is taken anywhere has this
  /// signature: a call through a pointer of that type has a candidate.
  bool hasAddressTakenWithSignature(const std::string &Signature) const;
  /// True when \p Id's address is taken: it may then be called from
  /// anywhere, with any arguments.
  bool isAddressTaken(const std::string &Id) const;
  /// True when some method of the program overrides \p Id.
  bool hasOverrides(const std::string &Id) const;

private:
  const ProgramFacts &Facts;
  std::map<std::string, std::vector<std::string>> Overriders;
  std::map<std::string, std::vector<CallerEdge>> Callers;
  std::set<std::string> AddressTaken;
  /// Signature -> how many address-taken functions have it.
  std::map<std::string, size_t> AddressTakenSignatures;
};

/// What is reachable from a set of roots, with one shortest path to each.
class Reachability {
public:
  Reachability(const CallGraph &Graph,
               const std::vector<const FunctionFacts *> &Roots);

  /// Reachable functions in breadth-first order.
  const std::vector<const FunctionFacts *> &functions() const { return Order; }
  bool isReachable(const std::string &Id) const { return Depth.count(Id) != 0; }
  /// Calls from a root to \p F, root first; \p F's own frame is last, at
  /// \p Site.
  std::vector<Frame> chainTo(const FunctionFacts &F,
                             const SourceLocation &Site) const;
  /// The number of calls between a root and \p F.
  unsigned depth(const std::string &Id) const;

private:
  struct Parent {
    const FunctionFacts *Caller = nullptr;
    SourceLocation Where;
    CallKind Kind = CallKind::Direct;
  };
  std::vector<const FunctionFacts *> Order;
  std::map<std::string, unsigned> Depth;
  std::map<std::string, Parent> Parents;
};

} // namespace sysprune::policy
