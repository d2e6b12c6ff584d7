#pragma once

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <optional>
#include <string>

namespace sysprune::policy {

/// The filter as libseccomp compiles it, written as its pseudo-filter code
/// (PFC), the text `sysprune export --format pfc` writes; nullopt, with an
/// error in \p Diags, when libseccomp cannot.
std::optional<std::string>
exportPfc(const Policy &P, const CompileOptions &Options, Diagnostics &Diags);

} // namespace sysprune::policy
