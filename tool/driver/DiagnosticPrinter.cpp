#include "tool/driver/DiagnosticPrinter.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/WithColor.h>

namespace sysprune::tool {

namespace {
/// Line \p Line (1-based) of \p File, or empty when it cannot be read.
std::string sourceLine(const std::string &File, unsigned Line) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer || Line == 0)
    return "";
  llvm::StringRef Rest = (*Buffer)->getBuffer();
  for (unsigned I = 1; I < Line && !Rest.empty(); ++I)
    Rest = Rest.split('\n').second;
  return Rest.split('\n').first.rtrim("\r").str();
}

llvm::HighlightColor colorOf(policy::Severity Level) {
  switch (Level) {
  case policy::Severity::Note:
    return llvm::HighlightColor::Note;
  case policy::Severity::Warning:
    return llvm::HighlightColor::Warning;
  case policy::Severity::Error:
    return llvm::HighlightColor::Error;
  }
  return llvm::HighlightColor::Error;
}
} // namespace

void DiagnosticPrinter::print(const policy::Diagnostic &D) {
  if (HideNotes && D.Level == policy::Severity::Note)
    return;
  if (D.Level == policy::Severity::Warning)
    ++Warnings;
  if (D.Level == policy::Severity::Error)
    ++Errors;
  {
    llvm::WithColor Location(OS, llvm::HighlightColor::Address);
    if (D.Where.File.empty())
      Location << Program << ": ";
    else if (D.Where.Line == 0)
      Location << D.Where.File << ": ";
    else if (D.Where.Column == 0) // known to the line only
      Location << D.Where.File << ":" << D.Where.Line << ": ";
    else
      Location << D.Where.File << ":" << D.Where.Line << ":" << D.Where.Column
               << ": ";
  }
  llvm::WithColor(OS, colorOf(D.Level))
      << policy::severityName(D.Level) << ": ";
  OS << D.Message;
  if (!D.Check.empty())
    OS << " [" << D.Check << "]";
  OS << "\n";
  if (D.Where.Line == 0)
    return;
  std::string Line = sourceLine(D.Where.File, D.Where.Line);
  if (Line.empty())
    return;
  OS << Line << "\n";
  if (D.Where.Column == 0)
    return; // no column to point at
  // Keep tabs so the caret lines up under the same column.
  std::string Caret;
  for (unsigned I = 1; I < D.Where.Column && I <= Line.size(); ++I)
    Caret += Line[I - 1] == '\t' ? '\t' : ' ';
  OS << Caret;
  llvm::WithColor(OS, llvm::HighlightColor::Remark) << "^";
  OS << "\n";
}

} // namespace sysprune::tool
