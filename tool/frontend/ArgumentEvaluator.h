#pragma once

#include "policy/facts/ProgramFacts.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>

#include <set>

namespace sysprune::scan {

/// Says what an argument expression is worth inside one function: an
/// integer constant, one of the function's own parameters passed on
/// unchanged (so that the link step can follow it to the callers), or
/// unknown.
class ArgumentEvaluator {
public:
  /// \p Function is null at namespace scope (static initialisers).
  ArgumentEvaluator(clang::ASTContext &Context,
                    const clang::FunctionDecl *Function);

  policy::ArgValue evaluate(const clang::Expr *E) const;

private:
  clang::ASTContext &Context;
  const clang::FunctionDecl *Function;
  /// Parameters assigned, incremented or whose address is taken in the
  /// body: their value at a call is not what the caller passed.
  std::set<const clang::ParmVarDecl *> Modified;
};

} // namespace sysprune::scan
