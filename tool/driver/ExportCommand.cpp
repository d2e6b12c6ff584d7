// `sysprune export`: writes a policy in the formats other runtimes read.

#include "tool/driver/CommandSupport.h"
#include "tool/driver/Commands.h"
#include "tool/driver/TargetBaselines.h"

#include "policy/bpf/BpfCompiler.h"
#include "policy/export/CHeaderExport.h"
#include "policy/export/EmbeddedFilterWriter.h"
#include "policy/export/ExportBaselines.h"
#include "policy/export/MinijailExport.h"
#include "policy/export/OciExport.h"
#include "policy/export/PfcExport.h"
#include "policy/export/SystemdExport.h"
#include "policy/library/LibraryModel.h"

namespace sysprune::tool {

llvm::cl::SubCommand &exportCommand() {
  static llvm::cl::SubCommand Command(
      "export", "Write a policy for another runtime (OCI, systemd, ...)");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory ExportCategory("export options");

enum class Format { Oci, Systemd, Minijail, Pfc, Bpf, Cpp };

cl::opt<std::string> PolicyPath(cl::Positional, cl::Required,
                                cl::desc("<policy.json>"),
                                cl::sub(exportCommand()),
                                cl::cat(ExportCategory));
cl::opt<Format> OutputFormat(
    "format", cl::Required, cl::desc("What to write:"),
    cl::values(
        clEnumValN(Format::Oci, "oci",
                   "an OCI runtime-spec seccomp profile (Docker, Podman, "
                   "runc, crun)"),
        clEnumValN(Format::Systemd, "systemd",
                   "a systemd drop-in (SystemCallFilter=)"),
        clEnumValN(Format::Minijail, "minijail",
                   "a Minijail seccomp policy (minijail0 -S)"),
        clEnumValN(Format::Pfc, "pfc", "libseccomp's pseudo-filter code"),
        clEnumValN(Format::Bpf, "bpf",
                   "the raw BPF program (struct sock_filter[]), as "
                   "bwrap --seccomp reads it"),
        clEnumValN(Format::Cpp, "cpp",
                   "a C/C++ header with the BPF program, to install "
                   "with prctl or sysprune::install")),
    cl::sub(exportCommand()), cl::cat(ExportCategory));
cl::opt<std::string> OutputPath("o",
                                cl::desc("Write it here (default: standard "
                                         "output)"),
                                cl::value_desc("file"),
                                cl::sub(exportCommand()),
                                cl::cat(ExportCategory));
cl::opt<std::string> Consumer(
    "for",
    cl::desc("Also allow what this consumer does between loading the filter "
             "and executing the program (runc, bwrap: measured, see "
             "scripts/measure-consumers)"),
    cl::value_desc("consumer"), cl::sub(exportCommand()),
    cl::cat(ExportCategory));
cl::opt<bool> NoLoader(
    "no-loader",
    cl::desc("Leave out the loader and runtime baselines (oci, systemd, "
             "minijail, bpf add them: those runtimes apply the filter "
             "before execve)"),
    cl::sub(exportCommand()), cl::cat(ExportCategory));

/// Adds to \p Policy the loader's and libc's start-up of the C library it
/// is for; false, with the error printed, when their models cannot be
/// loaded.
bool addLoaderBaselines(policy::Policy &Policy, DiagnosticPrinter &Printer) {
  auto Baselines = targetBaselineSyscalls(policyTarget(Policy, Printer),
                                          {"loader", "runtime"}, Printer);
  if (!Baselines)
    return false;
  Policy = policy::withBaselines(std::move(Policy), std::move(*Baselines),
                                 {"loader", "runtime"});
  return true;
}

/// Adds to \p Policy what the --for consumer does before it executes the
/// program; false, with the error printed, when the format is not loaded
/// by a consumer (\p BeforeExecve) or the consumer was not measured.
bool addConsumer(policy::Policy &Policy, bool BeforeExecve,
                 DiagnosticPrinter &Printer) {
  std::string Measured;
  for (const std::string &Name :
       policy::LibraryModel::builtinConsumers().baselineNames())
    Measured += (Measured.empty() ? "" : ", ") + Name;
  if (!BeforeExecve) {
    Printer.print({policy::Severity::Error,
                   {},
                   "--for is for the formats a consumer loads before "
                   "executing the program (oci, systemd, minijail, bpf)",
                   ""});
    return false;
  }
  auto With = policy::withConsumer(std::move(Policy), Consumer);
  if (!With) {
    Printer.print({policy::Severity::Error,
                   {},
                   "--for " + Consumer +
                       ": no measured baseline for that consumer; the "
                       "measured ones are " +
                       Measured +
                       " (scripts/measure-consumers measures one "
                       "installed here)",
                   ""});
    return false;
  }
  Policy = std::move(*With);
  return true;
}

/// \p Policy as a systemd drop-in or a Minijail policy; nullopt, with the
/// error printed, when that format cannot say what it does.
std::optional<std::string> exportText(const policy::Policy &Policy,
                                      DiagnosticPrinter &Printer) {
  policy::Diagnostics Diags;
  auto Text = OutputFormat == Format::Systemd
                  ? policy::exportSystemd(Policy, PolicyPath, Diags)
                  : policy::exportMinijail(Policy, PolicyPath, Diags);
  Printer.print(Diags);
  return Text;
}

/// \p Policy compiled to BPF, as the raw program or a C/C++ header;
/// nullopt, with the errors printed, when it cannot be compiled.
std::optional<std::string> exportFilter(const policy::Policy &Policy,
                                        DiagnosticPrinter &Printer) {
  policy::Diagnostics Diags;
  auto Program = policy::compileToBpf(Policy, {}, Diags);
  Printer.print(Diags);
  if (!Program)
    return std::nullopt;
  if (OutputFormat == Format::Cpp)
    return policy::writeFilterHeader(
        *Program, PolicyPath,
        policy::actionName(Policy.DefaultAction) +
            (Policy.DefaultAction == policy::Action::Errno
                 ? " " + std::to_string(Policy.DefaultErrnoRet.value_or(1))
                 : std::string()));
  return std::string(
      reinterpret_cast<const char *>(Program->Instructions.data()),
      Program->Instructions.size() * sizeof(sock_filter));
}

/// \p Policy in the --format asked for; nullopt, with the errors printed,
/// when it cannot be written in it.
std::optional<std::string> exportPolicy(const policy::Policy &Policy,
                                        DiagnosticPrinter &Printer) {
  switch (OutputFormat) {
  case Format::Oci:
    return policy::exportOci(Policy);
  case Format::Systemd:
  case Format::Minijail:
    return exportText(Policy, Printer);
  case Format::Pfc: {
    policy::Diagnostics Diags;
    auto Text = policy::exportPfc(Policy, {}, Diags);
    Printer.print(Diags);
    return Text;
  }
  case Format::Bpf:
  case Format::Cpp:
    return exportFilter(Policy, Printer);
  }
  return std::string();
}
} // namespace

int runExport() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune export");
  auto Policy = readPolicyReporting(PolicyPath, Printer);
  if (!Policy)
    return 1;
  // Runtimes that apply the filter before execve run the program's dynamic
  // loader under it; pfc is for reading, and the cpp header is installed by
  // the program itself.
  bool BeforeExecve =
      OutputFormat != Format::Pfc && OutputFormat != Format::Cpp;
  if (OutputFormat == Format::Cpp &&
      !checkNativeArchitecture(*Policy, PolicyPath, "the header's filter",
                               Printer))
    return 1;
  // The loader's and libc's start-up of the C library the policy is for.
  if (BeforeExecve && !NoLoader && !addLoaderBaselines(*Policy, Printer))
    return 1;
  if (!Consumer.empty() && !addConsumer(*Policy, BeforeExecve, Printer))
    return 1;
  auto Output = exportPolicy(*Policy, Printer);
  if (!Output)
    return 1;
  return writeOutput(OutputPath, *Output, "export", Printer) ? 0 : 1;
}

} // namespace sysprune::tool
