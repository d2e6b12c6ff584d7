#pragma once

#include "policy/bpf/BpfCompiler.h"

#include <string>

namespace sysprune::policy {

/// How a violation is handled by the runtime that embeds the filter.
enum class EmbeddedAction { Kill, Errno, Trap, Complain };

/// Renders \p Program as a C file defining the symbols declared in
/// runtime/include/sysprune/embedded_filter.h. \p PolicyPath is shown in
/// violation reports; \p ReportPath is where the complain action appends.
/// With \p ContinueUnprotected, a program whose filter cannot be installed
/// runs anyway. \p Libc, when given, is the C library the policy was
/// derived for: the program stops at start with another release.
std::string writeEmbeddedFilter(const BpfProgram &Program,
                                EmbeddedAction Handling,
                                const std::string &PolicyPath,
                                const std::string &ReportPath = "",
                                bool ContinueUnprotected = false,
                                const CLibraryIdentity *Libc = nullptr);

} // namespace sysprune::policy
