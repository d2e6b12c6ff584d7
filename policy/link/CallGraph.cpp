#include "policy/link/CallGraph.h"

#include <deque>

namespace sysprune::policy {

CallGraph::CallGraph(const ProgramFacts &Facts) : Facts(Facts) {
  for (const auto &[Id, F] : Facts.Functions)
    for (const std::string &Base : F.Overrides)
      Overriders[Base].push_back(Id);
  // The function types address-taken functions can be called through:
  // their own, and any other they are converted to (a library function
  // handed to a pointer of a compatible type). A call through a pointer of
  // such a type may run them, and their facts or models cover what they do.
  for (const auto &[Id, F] : Facts.Functions) {
    for (const CallFact &Call : F.Calls) {
      if (Call.Kind == CallKind::AddressTaken) {
        AddressTaken.insert(Call.Callee);
        if (!Call.Signature.empty())
          ++AddressTakenSignatures[Call.Signature];
      }
      for (const FunctionFacts *Target : targets(Call))
        Callers[Target->Id].push_back({&F, &Call});
    }
  }
  for (const std::string &Id : AddressTaken)
    if (const FunctionFacts *F = find(Id))
      ++AddressTakenSignatures[F->Signature];
}

const FunctionFacts *CallGraph::find(const std::string &Id) const {
  auto It = Facts.Functions.find(Id);
  return It == Facts.Functions.end() ? nullptr : &It->second;
}

std::vector<const FunctionFacts *>
CallGraph::targets(const CallFact &Call) const {
  std::vector<const FunctionFacts *> Out;
  if (const FunctionFacts *Callee = find(Call.Callee))
    Out.push_back(Callee);
  if (Call.Kind != CallKind::Virtual && Call.Kind != CallKind::AddressTaken)
    return Out;
  // Every override, at any depth, may run.
  std::set<std::string> Seen{Call.Callee};
  std::deque<std::string> Queue{Call.Callee};
  while (!Queue.empty()) {
    std::string Base = Queue.front();
    Queue.pop_front();
    auto It = Overriders.find(Base);
    if (It == Overriders.end())
      continue;
    for (const std::string &Override : It->second) {
      if (!Seen.insert(Override).second)
        continue;
      Queue.push_back(Override);
      if (const FunctionFacts *F = find(Override))
        Out.push_back(F);
    }
  }
  return Out;
}

const std::vector<CallerEdge> &CallGraph::callers(const std::string &Id) const {
  static const std::vector<CallerEdge> None;
  auto It = Callers.find(Id);
  return It == Callers.end() ? None : It->second;
}

bool CallGraph::hasAddressTakenWithSignature(
    const std::string &Signature) const {
  return AddressTakenSignatures.count(Signature) != 0;
}

bool CallGraph::isAddressTaken(const std::string &Id) const {
  return AddressTaken.count(Id) != 0;
}

Reachability::Reachability(const CallGraph &Graph,
                           const std::vector<const FunctionFacts *> &Roots) {
  std::deque<const FunctionFacts *> Queue;
  for (const FunctionFacts *Root : Roots)
    if (Depth.emplace(Root->Id, 0).second)
      Queue.push_back(Root);
  while (!Queue.empty()) {
    const FunctionFacts *F = Queue.front();
    Queue.pop_front();
    Order.push_back(F);
    unsigned Next = Depth[F->Id] + 1;
    for (const CallFact &Call : F->Calls)
      for (const FunctionFacts *Target : Graph.targets(Call))
        if (Depth.emplace(Target->Id, Next).second) {
          Parents[Target->Id] = {F, Call.Where, Call.Kind};
          Queue.push_back(Target);
        }
  }
}

std::vector<Frame> Reachability::chainTo(const FunctionFacts &F,
                                         const SourceLocation &Site) const {
  std::vector<Frame> Chain{{F.Name, Site}};
  std::string Id = F.Id;
  for (auto It = Parents.find(Id); It != Parents.end(); It = Parents.find(Id)) {
    const char *Via = It->second.Kind == CallKind::VtableSlot     ? "vtable"
                      : It->second.Kind == CallKind::AddressTaken ? "address"
                                                                  : "";
    Chain.push_back({It->second.Caller->Name, It->second.Where, Via});
    Id = It->second.Caller->Id;
  }
  return {Chain.rbegin(), Chain.rend()};
}

unsigned Reachability::depth(const std::string &Id) const {
  auto It = Depth.find(Id);
  return It == Depth.end() ? ~0u : It->second;
}

bool CallGraph::hasOverrides(const std::string &Id) const {
  return Overriders.count(Id) != 0;
}

} // namespace sysprune::policy
