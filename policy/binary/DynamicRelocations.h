#pragma once

#include "policy/binary/BinaryImage.h"

#include <llvm/Object/ELFObjectFile.h>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>

namespace sysprune::policy::binary {

/// What the dynamic relocations of a file (and its relative relocations
/// packed as DT_RELR) say about code addresses: the ones stored in data,
/// the slots code calls through, and the imports that are hooks.
struct DynamicRelocations {
  /// Code addresses the loader stores in the file's data (see
  /// BinaryImage::codePointersInData).
  std::set<uint64_t> CodePointers;
  /// What the loader puts in each GOT slot (see BinaryImage::slotAt).
  std::map<uint64_t, BinaryImage::SlotTarget> Slots;
  /// Imports that are weak references of no type (see BinaryImage::isHook).
  std::set<std::string> Hooks;
  /// Relocated word -> the address the loader stores there: a relative
  /// relocation's, or an absolute one's against a symbol the file defines.
  std::map<uint64_t, uint64_t> Relocated;
};

/// Reads \p Elf's dynamic relocations; \p IsCode says whether an address is
/// in its executable code.
DynamicRelocations
readDynamicRelocations(const llvm::object::ELFObjectFileBase &Elf,
                       const std::function<bool(uint64_t)> &IsCode);

} // namespace sysprune::policy::binary
