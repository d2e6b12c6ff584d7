#pragma once

#include <llvm/Support/CommandLine.h>

namespace sysprune::tool {

// Each subcommand is a function-local static, so that options in any file
// can name it during static initialisation, whatever the order of files.

/// `sysprune scan`: derive a policy from a compilation database.
llvm::cl::SubCommand &scanCommand();
int runScan();

/// `sysprune scan-tu`: extract the facts of one translation unit.
llvm::cl::SubCommand &scanTuCommand();
int runScanTu();

/// `sysprune link`: link facts files into a policy.
llvm::cl::SubCommand &linkCommand();
int runLink();

/// `sysprune explain`: why a policy allows a syscall.
llvm::cl::SubCommand &explainCommand();
int runExplain();

/// `sysprune model`: derive a library model from machine code.
llvm::cl::SubCommand &modelCommand();
int runModel();

/// `sysprune compile`: turn a policy into an embeddable seccomp filter.
llvm::cl::SubCommand &compileCommand();
int runCompile();

/// `sysprune export`: write a policy for another runtime.
llvm::cl::SubCommand &exportCommand();
int runExport();

/// `sysprune exec`: run a program under a policy.
llvm::cl::SubCommand &execCommand();
int runExec();

/// `sysprune show`: print a policy as a table.
llvm::cl::SubCommand &showCommand();
int runShow();

/// `sysprune diff`: what changed between two policies.
llvm::cl::SubCommand &diffCommand();
int runDiff();

/// `sysprune merge`: the union of several policies.
llvm::cl::SubCommand &mergeCommand();
int runMerge();

/// `sysprune check`: the build-step lint against a committed policy.
llvm::cl::SubCommand &checkCommand();
int runCheck();

/// The version printed by --version and written into policies.
extern const char *const ToolVersion;

} // namespace sysprune::tool
