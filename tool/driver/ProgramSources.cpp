#include "tool/driver/ProgramSources.h"

#include "tool/driver/CommandSupport.h"
#include "tool/driver/CompilationInput.h"

#include "policy/binary/LinkedLibraries.h"
#include "policy/core/DiagnosticIds.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/Path.h>

#include <set>

namespace sysprune::tool {

std::optional<std::vector<std::string>>
sourcesOfBinary(const std::string &Binary,
                const clang::tooling::CompilationDatabase &Database,
                DiagnosticPrinter &Printer) {
  auto Fail = [&](const std::string &Message) {
    Printer.print({policy::Severity::Error, {Binary, 0, 0}, Message, ""});
    return std::nullopt;
  };
  auto Owning = llvm::object::ObjectFile::createObjectFile(Binary);
  if (!Owning)
    return Fail("cannot read the program: " +
                llvm::toString(Owning.takeError()));
  auto Context = llvm::DWARFContext::create(*Owning->getBinary());
  std::set<std::string> Units;
  for (const auto &Unit : Context->compile_units()) {
    llvm::DWARFDie Die = Unit->getUnitDIE(/*ExtractUnitDIEOnly=*/true);
    auto Name = llvm::dwarf::toString(Die.find(llvm::dwarf::DW_AT_name));
    if (!Name)
      continue;
    llvm::SmallString<256> Path(*Name);
    if (llvm::sys::path::is_relative(Path))
      if (auto Dir =
              llvm::dwarf::toString(Die.find(llvm::dwarf::DW_AT_comp_dir)))
        Path = (llvm::Twine(*Dir) + "/" + *Name).str();
    Units.insert(absolutePath(Path.str().str()));
  }
  if (Units.empty())
    return Fail("the program has no DWARF compile units; build it with -g, "
                "or list its sources with --sources FILE");
  std::vector<std::string> Sources, Missing;
  for (const std::string &Unit : Units)
    (Database.getCompileCommands(Unit).empty() ? Missing : Sources)
        .push_back(Unit);
  if (Sources.empty())
    return Fail("none of the program's " + std::to_string(Units.size()) +
                " compile units is in the compilation database (for "
                "example " +
                *Units.begin() + ")");
  if (!Missing.empty())
    Printer.print({policy::Severity::Note,
                   {Binary, 0, 0},
                   std::to_string(Missing.size()) +
                       " compile units are not in the compilation database "
                       "and are not scanned (for example " +
                       Missing.front() + ")",
                   ""});
  return Sources;
}

std::optional<std::vector<std::string>>
sourcesFromList(const std::string &ListFile, DiagnosticPrinter &Printer) {
  auto Text = readInput(ListFile, "the list of sources", Printer);
  if (!Text)
    return std::nullopt;
  std::string Base = llvm::sys::path::parent_path(absolutePath(ListFile)).str();
  std::vector<std::string> Sources;
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  llvm::StringRef(*Text).split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (Line.empty() || Line.starts_with("#"))
      continue;
    Sources.push_back(llvm::sys::path::is_absolute(Line)
                          ? Line.str()
                          : absolutePath(Base + "/" + Line.str()));
  }
  if (Sources.empty())
    Printer.print({policy::Severity::Error,
                   {ListFile, 0, 0},
                   "the list of sources names no file",
                   ""});
  if (Sources.empty())
    return std::nullopt;
  return Sources;
}

std::optional<std::vector<std::string>>
librariesOfBinary(const std::string &Binary, DiagnosticPrinter &Printer) {
  auto Linked = policy::binary::findLinkedLibraries(Binary);
  if (!Linked) {
    Printer.print({policy::Severity::Error,
                   {Binary, 0, 0},
                   "cannot read the program's dynamic section: " +
                       llvm::toString(Linked.takeError()),
                   ""});
    return std::nullopt;
  }
  for (const std::string &Soname : Linked->Missing)
    Printer.print(
        {policy::Severity::Warning,
         {Binary, 0, 0},
         "the program loads '" + Soname +
             "', which is not on the loader's search path here; calls into "
             "it are not modelled (name it with --lib)",
         policy::diag::MissingLibrary});
  if (!Linked->ToModel.empty()) {
    std::string Names;
    for (const std::string &Path : Linked->ToModel)
      Names += (Names.empty() ? "" : ", ") + Path;
    Printer.print({policy::Severity::Note,
                   {Binary, 0, 0},
                   "modelling the libraries it loads from their machine "
                   "code: " +
                       Names,
                   ""});
  }
  return std::move(Linked->ToModel);
}

} // namespace sysprune::tool
