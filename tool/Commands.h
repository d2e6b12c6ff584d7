#pragma once

#include <llvm/Support/CommandLine.h>

namespace sysprune::tool {

/// `sysprune scan`: derive a policy from a compilation database.
extern llvm::cl::SubCommand ScanCommand;
int runScan();

/// `sysprune compile`: turn a policy into an embeddable seccomp filter.
extern llvm::cl::SubCommand CompileCommand;
int runCompile();

/// `sysprune show`: print a policy as a table.
extern llvm::cl::SubCommand ShowCommand;
int runShow();

/// The version printed by --version and written into policies.
extern const char *const ToolVersion;

} // namespace sysprune::tool
