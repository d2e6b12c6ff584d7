#pragma once

#include "policy/bpf/BpfCompiler.h"
#include "policy/core/Diagnostic.h"
#include "policy/core/Policy.h"

#include <seccomp.h>

#include <memory>
#include <optional>
#include <string>

namespace sysprune::policy {

// libseccomp as a backend: the filter it builds for a policy, and what it
// exports of it (the BPF program, or its pseudo-filter code).

struct LibseccompContextDeleter {
  void operator()(scmp_filter_ctx Ctx) const { seccomp_release(Ctx); }
};
/// A libseccomp filter, released with it.
using LibseccompContext = std::unique_ptr<void, LibseccompContextDeleter>;

/// libseccomp's filter for \p P (an effective policy, see effectivePolicy),
/// with its optimisation level \p Optimize (1: libseccomp's default); null,
/// with an error in \p Diags, when libseccomp refuses it.
LibseccompContext buildLibseccompFilter(const Policy &P, int Optimize,
                                        Diagnostics &Diags);

/// What libseccomp's \p Export (seccomp_export_bpf, seccomp_export_pfc)
/// writes of \p Ctx, as bytes; nullopt, with an error in \p Diags, when it
/// cannot. libseccomp 2.5.4 exports only to a file descriptor: a memfd
/// named \p MemfdName keeps it in memory.
std::optional<std::string>
exportLibseccomp(scmp_filter_ctx Ctx, int (*Export)(const scmp_filter_ctx, int),
                 const char *MemfdName, Diagnostics &Diags);

} // namespace sysprune::policy
