// `sysprune check --format sarif`: the findings as a SARIF 2.1.0 log, the
// format code-scanning services (GitHub, GitLab) read. Field names and
// constraints follow the OASIS SARIF 2.1.0 standard; test/schema/sarif.py
// checks what this writes.

#include "policy/check/FindingsSarif.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace sysprune::policy {

using nlohmann::json;

namespace {
/// The base every relative path is written against.
constexpr const char *SourceRoot = "%SRCROOT%";

/// \p Path as a URI reference: RFC 3986's unreserved characters and '/' as
/// they are, every other byte percent-encoded.
std::string uriOf(const std::string &Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (std::isalnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/') {
      Out += static_cast<char>(C);
    } else {
      char Escaped[4];
      std::snprintf(Escaped, sizeof(Escaped), "%%%02X", C);
      Out += Escaped;
    }
  }
  return Out;
}

json artifactLocation(const std::string &File, const std::string &Root) {
  std::string Relative = reportPath(File, Root);
  if (Relative != File || File.empty() || File.front() != '/')
    return {{"uri", uriOf(Relative)}, {"uriBaseId", SourceRoot}};
  return {{"uri", "file://" + uriOf(File)}};
}

/// A SARIF location: a file and, when known, the line and column. A
/// location without a file has only its message.
json locationOf(const SourceLocation &Where, const std::string &Root) {
  json Physical = {{"artifactLocation", artifactLocation(Where.File, Root)}};
  if (Where.Line > 0) {
    Physical["region"] = {{"startLine", Where.Line}};
    if (Where.Column > 0)
      Physical["region"]["startColumn"] = Where.Column;
  }
  return {{"physicalLocation", Physical}};
}

/// SARIF's levels are clang's severities by name.
const char *sarifLevel(Severity Level) { return severityName(Level); }

json resultOf(const Finding &F, const ReportContext &Run) {
  json Result = {{"ruleId", F.Main.Check},
                 {"level", sarifLevel(F.Main.Level)},
                 {"message", {{"text", F.Main.Message}}}};
  auto Rule =
      std::find_if(Run.Checks.begin(), Run.Checks.end(),
                   [&](const CheckInfo &C) { return C.Name == F.Main.Check; });
  if (Rule != Run.Checks.end())
    Result["ruleIndex"] = Rule - Run.Checks.begin();
  if (!F.Main.Where.File.empty())
    Result["locations"] = json::array({locationOf(F.Main.Where, Run.Root)});
  if (!F.Notes.empty()) {
    json Related = json::array();
    for (size_t I = 0; I < F.Notes.size(); ++I) {
      const Diagnostic &N = F.Notes[I];
      json Location =
          N.Where.File.empty() ? json::object() : locationOf(N.Where, Run.Root);
      Location["id"] = I;
      Location["message"] = {{"text", N.Message}};
      Related.push_back(std::move(Location));
    }
    Result["relatedLocations"] = std::move(Related);
  }
  if (!F.Fixes.empty()) {
    // One change per edit: SARIF groups replacements by file, and a fix's
    // edits are applied together.
    json Changes = json::array();
    for (const FixIt &Fix : F.Fixes)
      Changes.push_back(
          {{"artifactLocation", artifactLocation(Fix.Begin.File, Run.Root)},
           {"replacements", json::array({{{"deletedRegion",
                                           {{"startLine", Fix.Begin.Line},
                                            {"startColumn", Fix.Begin.Column},
                                            {"endLine", Fix.End.Line},
                                            {"endColumn", Fix.End.Column}}},
                                          {"insertedContent",
                                           {{"text", Fix.Replacement}}}}})}});
    Result["fixes"] = json::array(
        {{{"description", {{"text", "the edit sysprune check --fix makes"}}},
          {"artifactChanges", std::move(Changes)}}});
  }
  return Result;
}
} // namespace

std::string renderFindingsSarif(const Findings &All, const ReportContext &Run) {
  json Rules = json::array();
  for (const CheckInfo &C : Run.Checks)
    Rules.push_back(
        {{"id", C.Name},
         {"shortDescription", {{"text", C.Summary}}},
         {"help", {{"text", "See " + C.Documentation + "."}}},
         {"defaultConfiguration", {{"level", sarifLevel(C.Level)}}}});
  json Results = json::array();
  for (const Finding &F : All)
    Results.push_back(resultOf(F, Run));
  json RunJson = {{"tool",
                   {{"driver",
                     {{"name", "sysprune"},
                      {"version", Run.ToolVersion},
                      {"rules", std::move(Rules)}}}}},
                  {"results", std::move(Results)}};
  if (!Run.Root.empty())
    RunJson["originalUriBaseIds"] = {
        {SourceRoot, {{"uri", "file://" + uriOf(Run.Root) + "/"}}}};
  json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(RunJson)})}};
  return Log.dump(2) + "\n";
}

} // namespace sysprune::policy
