#include "policy/diff/PolicyDiffJson.h"

#include "policy/report/Explanation.h"

#include <nlohmann/json.hpp>

namespace sysprune::policy {

namespace {
// nlohmann::json keeps object keys sorted: the output is stable.
using nlohmann::json;

json optionalNumber(std::optional<uint32_t> N) {
  return N ? json(*N) : json(nullptr);
}

json ruleJson(const SyscallAllowance &R) {
  json Args = json::array();
  for (const ArgCondition &C : R.Conditions)
    Args.push_back({{"index", C.Index},
                    {"op", compareOpName(C.Op)},
                    {"value", C.Value},
                    {"valueTwo", C.ValueTwo}});
  return {{"action", actionName(R.Act)},
          {"errnoRet", optionalNumber(R.ErrnoRet)},
          {"args", std::move(Args)},
          {"description", R.Conditions.empty()
                              ? "any arguments"
                              : describeConditions(R.Conditions)}};
}

json locationJson(const SourceLocation &L) {
  return {{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
}

json changeJson(const RuleChange &C) {
  json Out = ruleJson(C.Rule);
  Out["syscall"] = C.Syscall;
  json Was = json::array();
  for (const SyscallAllowance &R : C.Was)
    Was.push_back(ruleJson(R));
  Out["was"] = std::move(Was);
  json Sites = json::array();
  for (const Site &S : C.Why.Sites) {
    json SiteJson = locationJson(S.Where);
    SiteJson["function"] = S.Function;
    SiteJson["via"] = S.Via;
    Sites.push_back(std::move(SiteJson));
  }
  Out["sites"] = std::move(Sites);
  json Chain = json::array();
  for (const Frame &F : C.Why.Chain) {
    json FrameJson = locationJson(F.Where);
    FrameJson["function"] = F.Function;
    if (!F.Via.empty())
      FrameJson["via"] = F.Via;
    Chain.push_back(std::move(FrameJson));
  }
  Out["chain"] = std::move(Chain);
  Out["baselines"] = C.Why.Baselines;
  Out["inputs"] = C.Why.Inputs;
  Out["unrestricted"] =
      C.Why.Unrestricted.empty() ? json(nullptr) : json(C.Why.Unrestricted);
  return Out;
}

json addedRemoved(const std::vector<std::string> &Added,
                  const std::vector<std::string> &Removed) {
  return {{"added", Added}, {"removed", Removed}};
}
} // namespace

std::string renderDiffJson(const PolicyDiff &D, const std::string &OldName,
                           const std::string &NewName) {
  DiffSummary S = summarise(D);
  json Out;
  Out["old"] = OldName;
  Out["new"] = NewName;
  Out["identical"] = D.empty();
  Out["summary"] = {{"syscallsAdded", S.SyscallsAdded},
                    {"syscallsRemoved", S.SyscallsRemoved},
                    {"rulesAdded", S.RulesAdded},
                    {"rulesRemoved", S.RulesRemoved},
                    {"widened", S.Widened},
                    {"narrowed", S.Narrowed}};
  Out["defaultAction"] = D.DefaultAction
                             ? json{{"old", D.DefaultAction->first},
                                    {"new", D.DefaultAction->second}}
                             : json(nullptr);
  Out["architectures"] =
      addedRemoved(D.ArchitecturesAdded, D.ArchitecturesRemoved);
  Out["flags"] = addedRemoved(D.FlagsAdded, D.FlagsRemoved);
  for (const DiffSection &Section : diffSections(D)) {
    json Changes = json::array();
    for (const RuleChange &C : *Section.Changes)
      Changes.push_back(changeJson(C));
    Out[Section.Key] = std::move(Changes);
  }
  return Out.dump(2) + "\n";
}

} // namespace sysprune::policy
