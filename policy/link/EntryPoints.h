#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/facts/ProgramFacts.h"
#include "policy/link/ProgramLinker.h"

#include <vector>

namespace sysprune::policy {

/// The entry points: the functions named by --entry (one program has one
/// `main`), or with --library every externally visible function.
bool findEntryPoints(const ProgramFacts &Facts, const LinkOptions &Options,
                     std::vector<const FunctionFacts *> &Roots,
                     Diagnostics &Diags);

} // namespace sysprune::policy
