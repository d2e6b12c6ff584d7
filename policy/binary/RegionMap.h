#pragma once

#include "policy/binary/BinaryImage.h"
#include "policy/binary/CodeScanner.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace sysprune::policy::binary {

/// Splits the code into regions that start at every exported function and
/// every address some code calls or jumps to, and scans each, until no new
/// start appears.
class RegionMap {
public:
  RegionMap(const BinaryImage &Image, const CodeScanner &Scanner,
            const std::map<uint64_t, std::string> &PointerSources,
            bool AsProgram);

  void discover();

  /// After discover(): syscall numbers passed down as arguments (glibc
  /// 2.41's cancellable syscalls, `push $230; call __syscall_cancel`). A
  /// region whose syscall takes its number from an argument gets it from
  /// each direct call; a caller that passes one of its own arguments on
  /// asks its callers in turn. One entered another way (exported, its
  /// address taken, fallen into) may be given any number.
  void resolveNumberArguments();

  /// Region start -> its facts, after discover().
  std::map<uint64_t, const CodeFacts *> regions() const;

  /// The region that falls through into the next: its successor start.
  std::optional<uint64_t> next(uint64_t Start) const;

  /// Whether a symbol or the unwind tables say where the region's function
  /// ends.
  bool hasKnownExtent(uint64_t Start) const;

  size_t undecodedBytes() const;

private:
  uint64_t endOf(std::map<uint64_t, uint64_t>::const_iterator It) const;

  /// Where the region would end without its symbol's or unwind entry's
  /// size: at the next start, or the end of the code.
  uint64_t
  unboundedEndOf(std::map<uint64_t, uint64_t>::const_iterator It) const;

  const BinaryImage &Image;
  const CodeScanner &Scanner;
  const std::map<uint64_t, std::string> &PointerSources;
  std::map<uint64_t, uint64_t> Starts; // start -> symbol size, 0 if unknown
  std::set<uint64_t> SyscallFunctions;
  std::map<std::pair<uint64_t, uint64_t>, CodeFacts> Scanned;
};

} // namespace sysprune::policy::binary
