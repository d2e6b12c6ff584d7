#include "tool/driver/CompilationInput.h"

#include <clang/Tooling/JSONCompilationDatabase.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace sysprune::tool {

std::string absolutePath(const std::string &Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

std::unique_ptr<clang::tooling::CompilationDatabase>
loadCompilationDatabase(const std::string &BuildPath,
                        DiagnosticPrinter &Printer) {
  std::string Dir = BuildPath;
  if (llvm::sys::path::filename(Dir) == "compile_commands.json")
    Dir = llvm::sys::path::parent_path(Dir).str();
  std::string File = (Dir.empty() ? "." : Dir) + "/compile_commands.json";
  if (!llvm::sys::fs::exists(File)) {
    Printer.print({policy::Severity::Error,
                   {},
                   "no compile_commands.json in '" + Dir +
                       "'; configure the build with "
                       "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or use bear)",
                   ""});
    return nullptr;
  }
  std::string Error;
  auto Database = clang::tooling::JSONCompilationDatabase::loadFromFile(
      File, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!Database)
    Printer.print({policy::Severity::Error,
                   {File, 0, 0},
                   "cannot read the compilation database: " + Error,
                   ""});
  return Database;
}

std::vector<std::string>
selectSources(const clang::tooling::CompilationDatabase &Database,
              const std::vector<std::string> &Requested,
              const std::string &BuildPath, DiagnosticPrinter &Printer) {
  std::vector<std::string> Sources;
  if (Requested.empty()) {
    Sources = Database.getAllFiles();
  } else {
    for (const std::string &File : Requested) {
      std::string Path = absolutePath(File);
      if (Database.getCompileCommands(Path).empty()) {
        Printer.print({policy::Severity::Error,
                       {},
                       "no compile command for '" + File + "' in " + BuildPath +
                           "/compile_commands.json",
                       ""});
        return {};
      }
      Sources.push_back(Path);
    }
  }
  std::sort(Sources.begin(), Sources.end());
  Sources.erase(std::unique(Sources.begin(), Sources.end()), Sources.end());
  if (Sources.empty())
    Printer.print({policy::Severity::Error,
                   {},
                   "the compilation database lists no files",
                   ""});
  return Sources;
}

} // namespace sysprune::tool
