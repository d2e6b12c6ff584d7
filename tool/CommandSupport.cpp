#include "CommandSupport.h"

#include "policy/PolicyJson.h"

#include <llvm/Support/Error.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/raw_ostream.h>

namespace sysprune::tool {

std::optional<policy::Policy> readPolicyReporting(const std::string &Path,
                                                  DiagnosticPrinter &Printer) {
  policy::ReadResult Read = policy::readPolicyFile(Path);
  Printer.print(Read.Diags);
  return std::move(Read.Value);
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

} // namespace sysprune::tool
