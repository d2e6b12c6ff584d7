#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// The syscalls of one architecture, as libseccomp knows them: names to
/// numbers and back, and the nearest known names for a misspelt one.
class SyscallTable {
public:
  /// The table for an OCI architecture name ("SCMP_ARCH_X86_64"); nullopt
  /// when libseccomp does not know the architecture.
  static std::optional<SyscallTable> forArchitecture(const std::string &Oci);
  /// The table for the architecture this program runs on.
  static const SyscallTable &native();

  /// The OCI name, e.g. "SCMP_ARCH_X86_64".
  const std::string &architecture() const { return OciName; }
  /// libseccomp's architecture token (SCMP_ARCH_*).
  uint32_t token() const { return Token; }

  /// The number of \p Name on this architecture; nullopt when unknown here.
  std::optional<int> number(const std::string &Name) const;
  /// The name of syscall \p Number; nullopt when no syscall has it.
  std::optional<std::string> name(int Number) const;
  /// Up to \p Limit known names closest to \p Name by edit distance.
  std::vector<std::string> nearest(const std::string &Name,
                                   unsigned Limit = 3) const;
  /// "unknown syscall 'NAME'; did you mean 'A', 'B' or 'C'?" with up to
  /// \p Limit suggestions (no question when there is none).
  std::string unknownSyscallMessage(const std::string &Name,
                                    unsigned Limit = 1) const;
  /// One past the highest syscall number.
  int size() const { return static_cast<int>(Names.size()); }

private:
  SyscallTable(std::string OciName, uint32_t Token);

  std::string OciName;
  uint32_t Token;
  std::vector<std::string> Names; // indexed by number; empty if unused
  std::map<std::string, int> Numbers;
};

/// Every OCI architecture name sysprune accepts.
std::vector<std::string> knownArchitectures();

} // namespace sysprune::policy
