// The programs a linked program runs, which inherit its filter: found as
// the kernel and execvp would find them, from the names the user gives and
// those the link found in the code.

#include "tool/driver/ChildPrograms.h"

#include "policy/core/DiagnosticIds.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>

namespace sysprune::tool {

namespace {
/// The program --runs names: a path as it is, a bare name looked up on
/// PATH as execvp would; nullopt when there is no such file.
std::optional<std::string> programPath(const std::string &Name) {
  if (Name.find('/') != std::string::npos)
    return llvm::sys::fs::exists(Name) ? std::optional(Name) : std::nullopt;
  auto Found = llvm::sys::findProgramByName(Name);
  if (!Found)
    return std::nullopt;
  return *Found;
}

/// What the kernel runs for the file at \p Path: the file itself, or for a
/// script (`#!INTERPRETER [ARG]`) its interpreter, and for `#!/usr/bin/env
/// NAME` env and NAME as found on PATH; the script's own commands are for
/// the user to name. Empty when an interpreter is not there.
std::vector<std::string> programsRunFor(const std::string &Path,
                                        unsigned Depth = 0) {
  auto Head = llvm::MemoryBuffer::getFileSlice(Path, 256, 0);
  if (!Head || !(*Head)->getBuffer().starts_with("#!") || Depth > 3)
    return {Path};
  llvm::StringRef Line = (*Head)->getBuffer().drop_front(2);
  Line = Line.take_until([](char C) { return C == '\n'; }).trim();
  auto [Interpreter, Argument] = Line.split(' ');
  Argument = Argument.trim();
  std::vector<std::string> Programs =
      programsRunFor(Interpreter.str(), Depth + 1);
  if (llvm::sys::path::filename(Interpreter) == "env" && !Argument.empty() &&
      !Argument.starts_with("-"))
    if (auto Found = llvm::sys::findProgramByName(
            Argument.take_until([](char C) { return C == ' '; })))
      for (std::string &P : programsRunFor(*Found, Depth + 1))
        Programs.push_back(std::move(P));
  if (!llvm::sys::fs::exists(Interpreter))
    return {};
  return Programs;
}

/// FILE:LINE, relative to \p Root when under it.
std::string describe(const policy::SourceLocation &Where,
                     const std::string &Root) {
  std::string File = Where.File;
  if (!Root.empty() && llvm::StringRef(File).starts_with(Root + "/"))
    File = File.substr(Root.size() + 1);
  return Where.Line ? File + ":" + std::to_string(Where.Line) : File;
}
} // namespace

std::optional<std::vector<ChildProgram>>
childPrograms(llvm::ArrayRef<std::string> Named, policy::LinkResult &Linked,
              const std::string &SourceRoot, DiagnosticPrinter &Printer) {
  std::vector<ChildProgram> Children;
  for (const std::string &Name : Named) {
    auto Path = programPath(Name);
    if (!Path) {
      Printer.print({policy::Severity::Error,
                     {},
                     "--runs " + Name +
                         ": no such program (neither a path to a file nor "
                         "a name found on PATH)",
                     ""});
      return std::nullopt;
    }
    Children.push_back({*Path, "named with --runs"});
  }
  for (const auto &[Program, Site] : Linked.Runs) {
    std::string Why =
        "run by '" + Site.second + "' at " + describe(Site.first, SourceRoot);
    if (auto Path = programPath(Program)) {
      Children.push_back({*Path, Why});
      continue;
    }
    Linked.Diags.push_back(
        {policy::Severity::Warning, Site.first,
         "'" + Site.second + "' runs '" + Program + "', which is not " +
             (Program.find('/') == std::string::npos ? "on PATH" : "there") +
             " here, so what it does is not in the policy; name the "
             "program it will be with --runs (RUNS in sysprune_harden)",
         policy::diag::RunNotFound});
  }
  return Children;
}

std::optional<std::vector<ChildProgram>>
programsExecuted(const std::vector<ChildProgram> &Children,
                 DiagnosticPrinter &Printer) {
  std::vector<ChildProgram> Executed;
  for (const ChildProgram &C : Children) {
    std::vector<std::string> Programs = programsRunFor(C.Path);
    if (Programs.empty()) {
      Printer.print({policy::Severity::Error,
                     {C.Path, 0, 0},
                     "the script's interpreter is not there (" + C.Why + ")",
                     ""});
      return std::nullopt;
    }
    for (const std::string &P : Programs)
      Executed.push_back(
          {P, P == C.Path ? C.Why : "running " + C.Path + ", " + C.Why});
  }
  return Executed;
}

} // namespace sysprune::tool
