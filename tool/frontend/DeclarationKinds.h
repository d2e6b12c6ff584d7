#pragma once

#include "policy/facts/ProgramFacts.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>

namespace sysprune::scan {

/// A definition in a header that this translation unit compiles into its
/// object: a function neither inline nor a template's, a variable neither
/// inline nor a template's. A single-header library's implementation
/// (Catch's main and runner, stb's functions) is the program's own code even
/// when the header calls itself a system header (#pragma clang
/// system_header, or -isystem); what system headers otherwise define is
/// inline or a template, whose code is the library's to describe.
bool compiledHere(const clang::Decl *D);

/// Functions no model needs to describe: compiler builtins (but not the
/// library functions clang also knows, such as printf), trivial special
/// members, and pure virtual methods (their overrides are what runs).
bool isNeverASyscall(const clang::ASTContext &Context,
                     const clang::FunctionDecl *FD);

/// libc's `syscall(long number, ...)`; a namespaced or member look-alike
/// is not it.
bool isLibcSyscallFunction(const clang::SourceManager &SM,
                           const clang::FunctionDecl *FD);

/// How a call of \p Method runs it: virtually unless the call names the
/// class (Base::f(), \p Qualified) or nothing can override the method.
policy::CallKind callKind(const clang::CXXMethodDecl *Method, bool Qualified);

} // namespace sysprune::scan
