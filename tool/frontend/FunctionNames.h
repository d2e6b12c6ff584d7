#pragma once

#include <clang/AST/ASTContext.h>
#include <clang/AST/Mangle.h>

#include <string>

namespace sysprune::scan {

/// How facts name the functions of one translation unit and their types,
/// so that the same function has one name in every translation unit.
class FunctionNames {
public:
  explicit FunctionNames(clang::ASTContext &Context)
      : Context(Context), Mangler(Context) {}

  /// The function's id in facts: its USR, else its qualified name.
  std::string idOf(const clang::FunctionDecl *FD) const;

  /// The symbol a library exports for \p FD: its name in C, the mangled
  /// name in C++ (what models derived from binaries are keyed by).
  std::string linkageName(const clang::FunctionDecl *FD);

  /// The function type \p T as signatures and indirect calls are matched:
  /// canonical and unqualified.
  std::string signatureOf(clang::QualType T) const;

  /// The function type a pointer (or reference) type \p T points to, as
  /// indirect calls through it are recorded; empty when it is not one.
  std::string pointeeSignature(clang::QualType T) const;

private:
  clang::ASTContext &Context;
  clang::ASTNameGenerator Mangler;
};

} // namespace sysprune::scan
