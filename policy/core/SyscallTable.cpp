#include "policy/core/SyscallTable.h"

#include <llvm/ADT/StringRef.h>

#include <seccomp.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace sysprune::policy {

namespace {
// Syscall numbers on every supported architecture stay below this bound; the
// x32 and MIPS offsets are applied by libseccomp, not by the table.
constexpr int MaxSyscallNumber = 1024;

// "SCMP_ARCH_X86_64" -> "x86_64", the spelling libseccomp resolves.
std::string libseccompArchName(const std::string &Oci) {
  llvm::StringRef Ref(Oci);
  if (!Ref.consume_front("SCMP_ARCH_"))
    return "";
  return Ref.lower();
}
} // namespace

SyscallTable::SyscallTable(std::string OciName, uint32_t Token)
    : OciName(std::move(OciName)), Token(Token) {
  for (int Nr = 0; Nr < MaxSyscallNumber; ++Nr) {
    char *Name = seccomp_syscall_resolve_num_arch(Token, Nr);
    if (!Name)
      continue;
    if (static_cast<int>(Names.size()) <= Nr)
      Names.resize(Nr + 1);
    Names[Nr] = Name;
    Numbers.emplace(Name, Nr);
    std::free(Name);
  }
}

std::optional<SyscallTable>
SyscallTable::forArchitecture(const std::string &Oci) {
  std::string Name = libseccompArchName(Oci);
  if (Name.empty())
    return std::nullopt;
  uint32_t Token = seccomp_arch_resolve_name(Name.c_str());
  if (Token == 0)
    return std::nullopt;
  return SyscallTable(Oci, Token);
}

const SyscallTable &SyscallTable::native() {
  static const SyscallTable Table = [] {
    uint32_t Token = seccomp_arch_native();
    for (const std::string &Oci : knownArchitectures())
      if (auto T = forArchitecture(Oci); T && T->token() == Token)
        return *T;
    return SyscallTable("SCMP_ARCH_NATIVE", Token);
  }();
  return Table;
}

std::optional<int> SyscallTable::number(const std::string &Name) const {
  auto It = Numbers.find(Name);
  if (It == Numbers.end())
    return std::nullopt;
  return It->second;
}

std::optional<std::string> SyscallTable::name(int Number) const {
  if (Number < 0 || Number >= size() || Names[Number].empty())
    return std::nullopt;
  return Names[Number];
}

std::vector<std::string> SyscallTable::nearest(const std::string &Name,
                                               unsigned Limit) const {
  std::vector<std::pair<unsigned, std::string>> Scored;
  // Suggestions further away than about a third of the name are noise.
  unsigned MaxDistance = std::max<unsigned>(2, Name.size() / 3);
  for (const auto &[Known, Nr] : Numbers) {
    unsigned D = llvm::StringRef(Name).edit_distance(Known, true, MaxDistance);
    if (D <= MaxDistance)
      Scored.emplace_back(D, Known);
  }
  std::sort(Scored.begin(), Scored.end());
  std::vector<std::string> Result;
  for (auto &Entry : Scored) {
    if (Result.size() == Limit)
      break;
    Result.push_back(std::move(Entry.second));
  }
  return Result;
}

std::string SyscallTable::unknownSyscallMessage(const std::string &Name,
                                                unsigned Limit) const {
  std::string Message = "unknown syscall '" + Name + "'";
  std::vector<std::string> Near = nearest(Name, Limit);
  for (size_t I = 0; I < Near.size(); ++I) {
    Message +=
        I == 0 ? "; did you mean " : (I + 1 == Near.size() ? " or " : ", ");
    Message += "'" + Near[I] + "'";
  }
  return Near.empty() ? Message : Message + "?";
}

std::vector<std::string> knownArchitectures() {
  // The architectures whose syscall numbers sit below MaxSyscallNumber.
  return {"SCMP_ARCH_X86_64",  "SCMP_ARCH_X86",   "SCMP_ARCH_X32",
          "SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM",   "SCMP_ARCH_RISCV64",
          "SCMP_ARCH_PPC64LE", "SCMP_ARCH_PPC64", "SCMP_ARCH_PPC",
          "SCMP_ARCH_S390X",   "SCMP_ARCH_S390"};
}

} // namespace sysprune::policy
