#include "policy/json/PolicyWriter.h"

#include <nlohmann/json.hpp>

#include <set>

namespace sysprune::policy {

namespace {
using nlohmann::ordered_json;

ordered_json writeConditions(const std::vector<ArgCondition> &Conditions) {
  ordered_json Args = ordered_json::array();
  for (const ArgCondition &C : Conditions) {
    ordered_json Arg;
    Arg["index"] = C.Index;
    Arg["value"] = C.Value;
    Arg["valueTwo"] = C.ValueTwo;
    Arg["op"] = compareOpName(C.Op);
    Args.push_back(std::move(Arg));
  }
  return Args;
}

ordered_json writeSites(const std::vector<Site> &Sites) {
  ordered_json Out = ordered_json::array();
  for (const Site &S : Sites) {
    ordered_json SiteJson;
    SiteJson["file"] = S.Where.File;
    SiteJson["line"] = S.Where.Line;
    SiteJson["column"] = S.Where.Column;
    SiteJson["function"] = S.Function;
    SiteJson["via"] = S.Via;
    Out.push_back(std::move(SiteJson));
  }
  return Out;
}

ordered_json writeChain(const std::vector<Frame> &Chain) {
  ordered_json Out = ordered_json::array();
  for (const Frame &F : Chain) {
    ordered_json FrameJson;
    FrameJson["function"] = F.Function;
    FrameJson["file"] = F.Where.File;
    FrameJson["line"] = F.Where.Line;
    FrameJson["column"] = F.Where.Column;
    if (!F.Via.empty())
      FrameJson["via"] = F.Via;
    Out.push_back(std::move(FrameJson));
  }
  return Out;
}

template <typename T>
const T *lookup(const std::map<std::string, T> &Map, const std::string &Key) {
  auto It = Map.find(Key);
  return It == Map.end() ? nullptr : &It->second;
}

ordered_json writeRule(const SyscallRule &Rule) {
  ordered_json Out;
  Out["names"] = Rule.Names;
  Out["action"] = actionName(Rule.Act);
  if (Rule.ErrnoRet)
    Out["errnoRet"] = *Rule.ErrnoRet;
  if (!Rule.Args.empty())
    Out["args"] = writeConditions(Rule.Args);
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
  // Every syscall the provenance says anything about gets an entry, so that
  // what the reader accepted reads back the same.
  std::set<std::string> Names;
  auto AddNames = [&Names](const auto &Map) {
    for (const auto &Entry : Map)
      Names.insert(Entry.first);
  };
  AddNames(Origin.Sites);
  AddNames(Origin.FromBaselines);
  AddNames(Origin.Chains);
  AddNames(Origin.Arguments);
  AddNames(Origin.Unrestricted);
  AddNames(Origin.FromInputs);
  for (const std::string &Name : Names) {
    ordered_json Entry = ordered_json::object();
    if (auto *Sites = lookup(Origin.Sites, Name))
      Entry["sites"] = writeSites(*Sites);
    if (auto *Chain = lookup(Origin.Chains, Name))
      Entry["chain"] = writeChain(*Chain);
    if (auto *Baselines = lookup(Origin.FromBaselines, Name))
      Entry["baselines"] = *Baselines;
    if (auto *Uses = lookup(Origin.Arguments, Name)) {
      ordered_json Arguments = ordered_json::array();
      for (const ArgumentUse &Use : *Uses) {
        ordered_json UseJson;
        UseJson["rule"] = writeConditions(Use.Conditions);
        UseJson["sites"] = writeSites(Use.Sites);
        UseJson["chain"] = writeChain(Use.Chain);
        if (!Use.Inputs.empty())
          UseJson["inputs"] = Use.Inputs;
        Arguments.push_back(std::move(UseJson));
      }
      Entry["arguments"] = std::move(Arguments);
    }
    if (auto *Why = lookup(Origin.Unrestricted, Name))
      Entry["unrestricted"] = *Why;
    if (auto *Inputs = lookup(Origin.FromInputs, Name))
      Entry["inputs"] = *Inputs;
    Syscalls[Name] = std::move(Entry);
  }
  Out["syscalls"] = std::move(Syscalls);
  Out["unmodelled"] = Origin.Unmodelled;
  if (!Origin.NameServices.empty())
    Out["name_services"] = Origin.NameServices;
  if (!Origin.Inputs.empty())
    Out["inputs"] = Origin.Inputs;
  if (Origin.CLibrary) {
    ordered_json Library;
    Library["soname"] = Origin.CLibrary->Soname;
    Library["release"] = Origin.CLibrary->Release;
    Library["build_id"] = Origin.CLibrary->BuildId;
    Library["build"] = Origin.CLibrary->Build;
    Out["c_library"] = std::move(Library);
  }
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
