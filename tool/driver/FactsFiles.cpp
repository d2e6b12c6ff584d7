// The facts files of `sysprune scan-tu`, read back by `sysprune link` and
// `sysprune check`.

#include "tool/driver/FactsFiles.h"

#include "tool/driver/CommandSupport.h"

#include "policy/facts/FactsJson.h"

namespace sysprune::tool {

bool readFactsFiles(const std::vector<std::string> &Paths,
                    policy::ProgramFacts &Facts,
                    std::vector<std::string> &Sources,
                    std::set<std::string> &Inputs, DiagnosticPrinter &Printer) {
  for (const std::string &Path : Paths) {
    auto Text = readInput(Path, "the facts file", Printer);
    if (!Text)
      return false;
    policy::Diagnostics Diags;
    auto TU = policy::readFacts(*Text, Path, Diags);
    Printer.print(Diags);
    if (!TU)
      return false;
    if (TU->ToolVersion != SYSPRUNE_VERSION) {
      Printer.print({policy::Severity::Error,
                     {Path, 0, 0},
                     "written by sysprune " + TU->ToolVersion +
                         ", not this one (" + SYSPRUNE_VERSION +
                         "); run scan-tu again",
                     ""});
      return false;
    }
    Sources.push_back(TU->MainFile);
    for (const policy::InputFile &Input : TU->Inputs)
      Inputs.insert(Input.Path);
    Facts.merge(std::move(TU->Facts));
  }
  return true;
}

} // namespace sysprune::tool
