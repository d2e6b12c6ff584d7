// `sysprune export`: writes a policy in the formats other runtimes read.

#include "CommandSupport.h"
#include "Commands.h"

#include "policy/BpfCompiler.h"
#include "policy/LibraryModel.h"
#include "policy/PolicyExport.h"

namespace sysprune::tool {

llvm::cl::SubCommand &exportCommand() {
  static llvm::cl::SubCommand Command(
      "export", "Write a policy for another runtime (OCI, systemd, ...)");
  return Command;
}

namespace {
namespace cl = llvm::cl;

cl::OptionCategory ExportCategory("export options");

enum class Format { Oci, Systemd, Pfc, Bpf };

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
        clEnumValN(Format::Pfc, "pfc", "libseccomp's pseudo-filter code"),
        clEnumValN(Format::Bpf, "bpf",
                   "the raw BPF program (struct sock_filter[]), as "
                   "bwrap --seccomp reads it")),
    cl::sub(exportCommand()), cl::cat(ExportCategory));
cl::opt<std::string> OutputPath("o",
                                cl::desc("Write it here (default: standard "
                                         "output)"),
                                cl::value_desc("file"),
                                cl::sub(exportCommand()),
                                cl::cat(ExportCategory));
cl::opt<bool> NoLoader(
    "no-loader",
    cl::desc("Leave out the loader and runtime baselines (oci, systemd, bpf "
             "add them: those runtimes apply the filter before execve)"),
    cl::sub(exportCommand()), cl::cat(ExportCategory));
} // namespace

int runExport() {
  DiagnosticPrinter Printer(llvm::errs(), "sysprune export");
  auto Policy = readPolicyReporting(PolicyPath, Printer);
  if (!Policy)
    return 1;
  // Runtimes that apply the filter before execve run the program's dynamic
  // loader under it.
  bool BeforeExecve = OutputFormat != Format::Pfc;
  if (BeforeExecve && !NoLoader)
    Policy = policy::withBaselines(std::move(*Policy),
                                   policy::LibraryModel::builtinLibc(),
                                   {"loader", "runtime"});
  std::string Output;
  policy::Diagnostics Diags;
  switch (OutputFormat) {
  case Format::Oci:
    Output = policy::exportOci(*Policy);
    break;
  case Format::Systemd: {
    std::string Why;
    auto Text = policy::exportSystemd(*Policy, PolicyPath, Why);
    if (!Text) {
      Printer.print({policy::Severity::Error,
                     {PolicyPath, 0, 0},
                     "cannot write the policy for systemd: " + Why,
                     ""});
      return 1;
    }
    Output = std::move(*Text);
    break;
  }
  case Format::Pfc: {
    auto Text = policy::compileToPfc(*Policy, {}, Diags);
    Printer.print(Diags);
    if (!Text)
      return 1;
    Output = std::move(*Text);
    break;
  }
  case Format::Bpf: {
    auto Program = policy::compileToBpf(*Policy, {}, Diags);
    Printer.print(Diags);
    if (!Program)
      return 1;
    Output.assign(reinterpret_cast<const char *>(Program->Instructions.data()),
                  Program->Instructions.size() * sizeof(sock_filter));
    break;
  }
  }
  return writeOutput(OutputPath, Output, "export", Printer) ? 0 : 1;
}

} // namespace sysprune::tool
