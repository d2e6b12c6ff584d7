#include "tool/driver/AssemblySources.h"

#include "tool/driver/CompilationInput.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <optional>

namespace sysprune::tool {

bool compilesAssembly(const clang::tooling::CompileCommand &Command) {
  const std::vector<std::string> &Args = Command.CommandLine;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Language;
    if (Args[I] == "-x" && I + 1 < Args.size())
      Language = Args[I + 1];
    else if (llvm::StringRef(Args[I]).starts_with("-x"))
      Language = llvm::StringRef(Args[I]).drop_front(2);
    if (!Language.empty())
      return Language.starts_with("assembler");
  }
  llvm::StringRef Extension = llvm::sys::path::extension(Command.Filename);
  return Extension == ".s" || Extension == ".S" || Extension == ".sx" ||
         Extension == ".asm";
}

namespace {
/// The object file \p Command writes (-o FILE or -oFILE), absolute.
std::optional<std::string>
objectFileOf(const clang::tooling::CompileCommand &Command) {
  const std::vector<std::string> &Args = Command.CommandLine;
  std::string Object;
  for (size_t I = 0; I < Args.size(); ++I) {
    if (Args[I] == "-o" && I + 1 < Args.size())
      Object = Args[I + 1];
    else if (llvm::StringRef(Args[I]).starts_with("-o") && Args[I].size() > 2)
      Object = Args[I].substr(2);
  }
  if (Object.empty())
    return std::nullopt;
  if (llvm::sys::path::is_relative(Object))
    Object = Command.Directory + "/" + Object;
  return absolutePath(Object);
}
} // namespace

std::vector<std::string>
takeAssemblySources(const clang::tooling::CompilationDatabase &Database,
                    std::vector<std::string> &Sources,
                    DiagnosticPrinter &Printer) {
  std::vector<std::string> Objects, Kept;
  for (const std::string &Source : Sources) {
    auto Commands = Database.getCompileCommands(Source);
    if (Commands.empty() || !compilesAssembly(Commands.front())) {
      Kept.push_back(Source);
      continue;
    }
    auto Object = objectFileOf(Commands.front());
    if (Object && llvm::sys::fs::is_regular_file(*Object)) {
      Objects.push_back(*Object);
      continue;
    }
    Printer.print(
        {policy::Severity::Note,
         {Source, 0, 0},
         "assembly is modelled from the object file the build makes of it, " +
             (Object ? "'" + *Object + "', which is not there yet"
                     : std::string("and its compile command names none")) +
             "; build it first, or the calls into its functions are "
             "reported as unmodelled",
         ""});
  }
  Sources = std::move(Kept);
  return Objects;
}

} // namespace sysprune::tool
