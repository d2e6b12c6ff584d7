#pragma once

#include "policy/binary/CodeScanner.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/binary/RegionMap.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace sysprune::policy::binary {

/// Closes facts over the region graph (Tarjan's strongly connected
/// components: every region in a cycle can do what the others do).
///
/// A call to the start of a group's function (\p Boundaries: start ->
/// group) is not followed: the caller enters the group instead. Code that
/// calls through a pointer enters \p PointerGroup (when not empty), the
/// group of every function whose address the library takes; an IFUNC
/// resolver (\p Resolvers) leads to the implementations it picks from.
/// With \p AddressesAreCalls, code that takes a function's address reaches
/// it (a program's: the pointer goes to the C library, which calls it back,
/// or to the program's own calls through pointers).
class Closure {
public:
  Closure(const std::map<uint64_t, const CodeFacts *> &Regions,
          const RegionMap &Map,
          const std::map<uint64_t, std::string> &Boundaries,
          const std::set<uint64_t> &Resolvers, const std::string &PointerGroup,
          bool AddressesAreCalls = false);

  const FunctionModel &of(uint64_t Start);

private:
  void visit(uint64_t V);

  const std::map<uint64_t, const CodeFacts *> &Regions;
  bool AddressesAreCalls;
  std::map<uint64_t, std::vector<uint64_t>> Edges;
  /// Region -> the groups it calls into.
  std::map<uint64_t, std::set<std::string>> Entered;
  std::map<uint64_t, unsigned> Index, Low;
  std::map<uint64_t, uint64_t> Component;
  std::map<uint64_t, FunctionModel> Models;
  std::vector<uint64_t> Stack;
  std::set<uint64_t> OnStack;
  unsigned Counter = 0;
};

} // namespace sysprune::policy::binary
