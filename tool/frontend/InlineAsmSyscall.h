#pragma once

#include "policy/facts/ProgramFacts.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Stmt.h>

#include <optional>

namespace sysprune::scan {

/// What an inline `asm` statement that executes a syscall instruction says
/// about the syscall.
struct InlineAsmSyscall {
  /// The syscall number when it is a constant.
  std::optional<long> Number;
  /// The arguments whose registers are bound to operands, by position.
  std::vector<const clang::Expr *> Arguments;
};

/// Recognises `syscall` (x86_64) and `svc #0` (aarch64) in \p S and finds
/// the number: an input operand in the number register (rax / x8), or an
/// immediate moved there in the assembly text. Nullopt when \p S makes no
/// syscall.
std::optional<InlineAsmSyscall>
findInlineAsmSyscall(const clang::GCCAsmStmt &S, clang::ASTContext &Context);

} // namespace sysprune::scan
