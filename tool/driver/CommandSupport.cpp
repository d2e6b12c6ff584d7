#include "tool/driver/CommandSupport.h"

#include "policy/core/SyscallTable.h"
#include "policy/json/PolicyReader.h"

#include <llvm/Support/Error.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>

namespace sysprune::tool {

std::optional<policy::Policy> readPolicyReporting(const std::string &Path,
                                                  DiagnosticPrinter &Printer) {
  policy::ReadResult Read = policy::readPolicyFile(Path);
  Printer.print(Read.Diags);
  return std::move(Read.Value);
}

bool checkNativeArchitecture(const policy::Policy &P, const std::string &Path,
                             const std::string &WhatRuns,
                             DiagnosticPrinter &Printer) {
  // A policy that lists other architectures only would kill the program at
  // its first syscall.
  const std::string &Native = policy::SyscallTable::native().architecture();
  if (P.Architectures.empty() ||
      std::find(P.Architectures.begin(), P.Architectures.end(), Native) !=
          P.Architectures.end())
    return true;
  Printer.print({policy::Severity::Error,
                 {Path, 0, 0},
                 "the policy does not list " + Native + ", the architecture " +
                     WhatRuns + " runs on; add it to \"architectures\"",
                 ""});
  return false;
}

bool checkErrnoOption(unsigned Errno, DiagnosticPrinter &Printer) {
  if (Errno >= 1 && Errno <= 4095)
    return true;
  Printer.print(
      {policy::Severity::Error, {}, "--errno must be between 1 and 4095", ""});
  return false;
}

bool writeOutput(const std::string &Path, const std::string &Content,
                 const std::string &What, DiagnosticPrinter &Printer) {
  std::string Destination = Path.empty() ? "-" : Path;
  llvm::Error E = llvm::writeToOutput(
      Destination, [&](llvm::raw_ostream &OS) -> llvm::Error {
        OS << Content;
        return llvm::Error::success();
      });
  if (!E)
    return true;
  Printer.print(
      {policy::Severity::Error,
       {Path, 0, 0},
       "cannot write the " + What + ": " + llvm::toString(std::move(E)),
       ""});
  return false;
}

std::optional<std::string> readInput(const std::string &Path,
                                     const std::string &What,
                                     DiagnosticPrinter &Printer) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer) {
    Printer.print({policy::Severity::Error,
                   {Path, 0, 0},
                   "cannot read " + What + ": " + Buffer.getError().message(),
                   ""});
    return std::nullopt;
  }
  return (*Buffer)->getBuffer().str();
}

std::string countOf(size_t Count, const std::string &Noun) {
  return std::to_string(Count) + " " + Noun + (Count == 1 ? "" : "s");
}

std::string makeDepfile(const std::string &Target,
                        const std::set<std::string> &Inputs) {
  auto Escape = [](const std::string &Path) {
    std::string Out;
    for (char C : Path) {
      if (C == ' ' || C == '#')
        Out += '\\';
      if (C == '$')
        Out += '$';
      Out += C;
    }
    return Out;
  };
  std::string Out = Escape(Target) + ":";
  for (const std::string &Input : Inputs)
    Out += " \\\n  " + Escape(Input);
  return Out + "\n";
}

} // namespace sysprune::tool
