#pragma once

#include "policy/bpf/BpfCompiler.h"

#include <cstdint>
#include <string>

namespace sysprune::policy {

/// \p Program's instructions as C initialisers of struct sock_filter, one a
/// line, each with a comment saying what it does: its index, then `A = nr`,
/// `if (nr == fcntl) goto 12`, `return ERRNO(1)`. What the accumulator
/// holds is followed along every path (jumps only go forward, so one pass
/// in order knows every path into an instruction before reaching it).
std::string disassembleAsInitialisers(const BpfProgram &Program);

/// \p Value as a C hexadecimal literal (0x1f).
std::string hexLiteral(uint64_t Value);

} // namespace sysprune::policy
