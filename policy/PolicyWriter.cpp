#include "policy/PolicyJson.h"

#include <nlohmann/json.hpp>

#include <set>

namespace sysprune::policy {

namespace {
using nlohmann::ordered_json;

ordered_json writeRule(const SyscallRule &Rule) {
  ordered_json Out;
  Out["names"] = Rule.Names;
  Out["action"] = actionName(Rule.Act);
  if (Rule.ErrnoRet)
    Out["errnoRet"] = *Rule.ErrnoRet;
  if (!Rule.Args.empty()) {
    ordered_json Args = ordered_json::array();
    for (const ArgCondition &C : Rule.Args) {
      ordered_json Arg;
      Arg["index"] = C.Index;
      Arg["value"] = C.Value;
      Arg["valueTwo"] = C.ValueTwo;
      Arg["op"] = compareOpName(C.Op);
      Args.push_back(std::move(Arg));
    }
    Out["args"] = std::move(Args);
  }
  if (!Rule.Comment.empty())
    Out["comment"] = Rule.Comment;
  return Out;
}

ordered_json writeProvenance(const Provenance &Origin) {
  ordered_json Out;
  Out["version"] = Origin.ToolVersion;
  Out["entries"] = Origin.Entries;
  Out["models"] = Origin.Models;
  Out["baselines"] = Origin.Baselines;
  ordered_json Syscalls = ordered_json::object();
  std::set<std::string> Names;
  for (const auto &Entry : Origin.Sites)
    Names.insert(Entry.first);
  for (const auto &Entry : Origin.FromBaselines)
    Names.insert(Entry.first);
  for (const std::string &Name : Names) {
    ordered_json Entry = ordered_json::object();
    if (auto It = Origin.Sites.find(Name); It != Origin.Sites.end()) {
      ordered_json Sites = ordered_json::array();
      for (const Site &S : It->second) {
        ordered_json SiteJson;
        SiteJson["file"] = S.Where.File;
        SiteJson["line"] = S.Where.Line;
        SiteJson["column"] = S.Where.Column;
        SiteJson["function"] = S.Function;
        SiteJson["via"] = S.Via;
        Sites.push_back(std::move(SiteJson));
      }
      Entry["sites"] = std::move(Sites);
    }
    if (auto It = Origin.FromBaselines.find(Name);
        It != Origin.FromBaselines.end())
      Entry["baselines"] = It->second;
    Syscalls[Name] = std::move(Entry);
  }
  Out["syscalls"] = std::move(Syscalls);
  Out["unmodelled"] = Origin.Unmodelled;
  return Out;
}
} // namespace

std::string writePolicy(const Policy &P) {
  ordered_json Out;
  Out["defaultAction"] = actionName(P.DefaultAction);
  if (P.DefaultErrnoRet)
    Out["defaultErrnoRet"] = *P.DefaultErrnoRet;
  Out["architectures"] = P.Architectures;
  if (!P.Flags.empty())
    Out["flags"] = P.Flags;
  ordered_json Rules = ordered_json::array();
  for (const SyscallRule &Rule : P.Syscalls)
    Rules.push_back(writeRule(Rule));
  Out["syscalls"] = std::move(Rules);
  if (P.Origin)
    Out["sysprune"] = writeProvenance(*P.Origin);
  return Out.dump(2) + "\n";
}

} // namespace sysprune::policy
