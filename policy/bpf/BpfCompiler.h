#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <linux/filter.h>

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// Which compiler turns a policy into BPF.
enum class BpfBackend {
  /// sysprune's decision tree where it supports every listed architecture,
  /// else libseccomp.
  Auto,
  /// sysprune's decision tree (policy/bpf/DecisionTree.h): an error for an
  /// architecture it does not support.
  DecisionTree,
  /// libseccomp, with LibseccompOptimize.
  Libseccomp
};

/// Build-time choices that are not part of the policy file.
struct CompileOptions {
  /// Replaces the policy's defaultAction (what a syscall outside the
  /// allowlist gets) when set.
  std::optional<Action> ViolationAction;
  /// The errno returned when the violation action is Errno.
  uint32_t ViolationErrno = 1; // EPERM
  /// Also allow write(2, ...) so that a SIGSYS handler can print its report
  /// even when the program itself never writes.
  bool AllowStderrWrite = false;
  /// Also allow sendmsg and close, with which the complain action hands the
  /// filter's listener to its supervisor right after installing it.
  bool ComplainHandoff = false;
  /// libseccomp's SCMP_FLTATR_CTL_OPTIMIZE: 1 (libseccomp's default)
  /// checks the syscalls in a priority-ordered list, 2 (sysprune's) in a
  /// binary tree: with 300 syscalls, an argument-checked call costs a third
  /// less and installing half as long (bench/filter_overhead.cpp).
  int LibseccompOptimize = 2;
  BpfBackend Backend = BpfBackend::Auto;
};

/// A compiled classic-BPF seccomp program.
struct BpfProgram {
  std::vector<sock_filter> Instructions;
};

/// \p P as the filter compiles it: the violation action of \p Options as
/// its default, plus the rules its options add (write to stderr for the
/// trap report, the complain hand-over).
Policy effectivePolicy(const Policy &P, const CompileOptions &Options);

/// Compiles \p P with the backend \p Options chooses. Syscalls on foreign
/// architectures (and, on x86_64, x32 numbers) kill the process. On failure
/// returns nullopt and adds an error to \p Diags.
std::optional<BpfProgram> compileToBpf(const Policy &P,
                                       const CompileOptions &Options,
                                       Diagnostics &Diags);

} // namespace sysprune::policy
