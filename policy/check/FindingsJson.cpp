// `sysprune check --format json`: the findings for scripts.

#include "policy/check/FindingsJson.h"

#include <nlohmann/json.hpp>

namespace sysprune::policy {

using nlohmann::json;

namespace {
/// null for a diagnostic about no file in particular.
json locationJson(const SourceLocation &Where, const std::string &Root) {
  if (Where.File.empty())
    return nullptr;
  return {{"file", reportPath(Where.File, Root)},
          {"line", Where.Line},
          {"column", Where.Column}};
}

json diagnosticJson(const Diagnostic &D, const std::string &Root) {
  return {{"level", severityName(D.Level)},
          {"message", D.Message},
          {"location", locationJson(D.Where, Root)}};
}
} // namespace

std::string renderFindingsJson(const Findings &All, const ReportContext &Run) {
  json Findings = json::array();
  unsigned Errors = 0, Warnings = 0;
  for (const Finding &F : All) {
    Errors += F.Main.Level == Severity::Error;
    Warnings += F.Main.Level == Severity::Warning;
    json Entry = diagnosticJson(F.Main, Run.Root);
    Entry["check"] = F.Main.Check;
    Entry["notes"] = json::array();
    for (const Diagnostic &N : F.Notes)
      Entry["notes"].push_back(diagnosticJson(N, Run.Root));
    Entry["fixes"] = json::array();
    for (const FixIt &Fix : F.Fixes)
      Entry["fixes"].push_back(
          {{"file", reportPath(Fix.Begin.File, Run.Root)},
           {"begin", {{"line", Fix.Begin.Line}, {"column", Fix.Begin.Column}}},
           {"end", {{"line", Fix.End.Line}, {"column", Fix.End.Column}}},
           {"replacement", Fix.Replacement}});
    Findings.push_back(std::move(Entry));
  }
  json Checks = json::array();
  for (const CheckInfo &C : Run.Checks)
    Checks.push_back(C.Name);
  json Out = {{"tool", "sysprune"}, {"version", Run.ToolVersion},
              {"checks", Checks},   {"findings", Findings},
              {"errors", Errors},   {"warnings", Warnings}};
  return Out.dump(2) + "\n";
}

} // namespace sysprune::policy
