#include "policy/export/PfcExport.h"

#include "policy/bpf/LibseccompFilter.h"

namespace sysprune::policy {

std::optional<std::string>
exportPfc(const Policy &P, const CompileOptions &Options, Diagnostics &Diags) {
  LibseccompContext Ctx = buildLibseccompFilter(
      effectivePolicy(P, Options), Options.LibseccompOptimize, Diags);
  if (!Ctx)
    return std::nullopt;
  return exportLibseccomp(Ctx.get(), seccomp_export_pfc, "sysprune-pfc", Diags);
}

} // namespace sysprune::policy
