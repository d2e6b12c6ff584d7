#pragma once

#include "policy/facts/ProgramFacts.h"

#include <clang/AST/ASTContext.h>

namespace sysprune::scan {

/// Runs every lint check on the project's code in \p Context, adding their
/// findings and the whole-program evidence to \p Out.
void runLintChecks(clang::ASTContext &Context, policy::ProgramFacts &Out);

} // namespace sysprune::scan
