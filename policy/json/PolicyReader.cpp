// Reads policy JSON into a Policy, checking every field. The first error ends
// the read: one clear message beats a cascade of consequences.

#include "policy/json/PolicyReader.h"
#include "policy/core/SyscallTable.h"
#include "policy/json/JsonLocator.h"
#include "policy/json/PolicyConsistency.h"

#include <llvm/ADT/StringRef.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace sysprune::policy {

namespace {
using nlohmann::json;

std::string joinQuoted(const std::vector<std::string> &Items) {
  std::string Out;
  for (size_t I = 0; I < Items.size(); ++I) {
    if (I)
      Out += I + 1 == Items.size() ? " or " : ", ";
    Out += "'" + Items[I] + "'";
  }
  return Out;
}

const char *typeName(const json &V) {
  if (V.is_number_unsigned())
    return "a non-negative integer";
  if (V.is_number_integer())
    return "a negative integer";
  return V.type_name();
}

/// Walks the parsed document and records the first error.
class PolicyChecker {
public:
  PolicyChecker(const std::string &File, const std::string &Text)
      : Locator(File, Text) {}

  std::optional<Policy> check(const json &Root);
  Diagnostics Diags;

private:
  bool fail(const std::string &Pointer, std::string Message) {
    Diags.push_back(
        {Severity::Error, Locator.locate(Pointer), std::move(Message), ""});
    return false;
  }
  void warn(const std::string &Pointer, std::string Message) {
    Diags.push_back(
        {Severity::Warning, Locator.locate(Pointer), std::move(Message), ""});
  }
  /// Records \p Error, if any; false when there was one.
  bool report(std::optional<Diagnostic> Error) {
    if (!Error)
      return true;
    Diags.push_back(std::move(*Error));
    return false;
  }
  bool expect(const json &V, bool Ok, const std::string &Pointer,
              const char *Expected) {
    if (Ok)
      return true;
    return fail(Pointer,
                std::string("expected ") + Expected + ", found " + typeName(V));
  }
  /// Warns about members of \p Obj not in \p Known, suggesting the nearest.
  void warnUnknownKeys(const json &Obj, const std::string &Pointer,
                       const std::vector<std::string> &Known);

  bool readString(const json &V, const std::string &Pointer, std::string &Out);
  bool readStringList(const json &V, const std::string &Pointer,
                      std::vector<std::string> &Out);
  bool readUnsigned(const json &V, const std::string &Pointer, uint64_t Max,
                    uint64_t &Out);
  bool readAction(const json &V, const std::string &Pointer, Action &Out);
  bool readArchitectures(const json &V, const std::string &Pointer,
                         std::vector<std::string> &Out);
  bool readRule(const json &V, const std::string &Pointer, SyscallRule &Out);
  bool readSyscallName(const json &V, const std::string &Pointer,
                       std::string &Out);
  bool readArg(const json &V, const std::string &Pointer, ArgCondition &Out);
  bool readProvenance(const json &V, const std::string &Pointer,
                      Provenance &Out);
  bool readCLibrary(const json &V, const std::string &Pointer,
                    std::optional<CLibraryIdentity> &Out);
  bool readSite(const json &V, const std::string &Pointer, Site &Out);
  bool readSites(const json &V, const std::string &Pointer,
                 std::vector<Site> &Out);
  bool readChain(const json &V, const std::string &Pointer,
                 std::vector<Frame> &Out);
  bool readArgumentUse(const json &V, const std::string &Pointer,
                       ArgumentUse &Out);

  JsonLocator Locator;
  std::vector<SyscallTable> Tables;
  /// Per rule read, the JSON pointer of each of its syscall names.
  std::vector<std::vector<std::string>> NamePointers;
};

void PolicyChecker::warnUnknownKeys(const json &Obj, const std::string &Pointer,
                                    const std::vector<std::string> &Known) {
  for (const auto &[Key, Value] : Obj.items()) {
    if (std::find(Known.begin(), Known.end(), Key) != Known.end())
      continue;
    std::string Message = "unknown key '" + Key + "' ignored";
    std::string Best;
    unsigned BestDistance = 3;
    for (const std::string &K : Known) {
      unsigned D = llvm::StringRef(Key).edit_distance(K, true, BestDistance);
      if (D < BestDistance) {
        BestDistance = D;
        Best = K;
      }
    }
    if (!Best.empty())
      Message += "; did you mean '" + Best + "'?";
    warn(Pointer + "/" + escapePointerSegment(Key), Message);
  }
}

bool PolicyChecker::readString(const json &V, const std::string &Pointer,
                               std::string &Out) {
  if (!expect(V, V.is_string(), Pointer, "a string"))
    return false;
  Out = V.get<std::string>();
  return true;
}

bool PolicyChecker::readCLibrary(const json &V, const std::string &Pointer,
                                 std::optional<CLibraryIdentity> &Out) {
  if (!expect(V, V.is_object(), Pointer, "an object"))
    return false;
  warnUnknownKeys(V, Pointer, {"soname", "release", "build_id", "build"});
  CLibraryIdentity Library;
  const std::pair<const char *, std::string *> Fields[] = {
      {"soname", &Library.Soname},
      {"release", &Library.Release},
      {"build_id", &Library.BuildId},
      {"build", &Library.Build}};
  for (const auto &[Key, Field] : Fields)
    if (V.contains(Key) && !readString(V[Key], Pointer + "/" + Key, *Field))
      return false;
  if (!std::all_of(Library.BuildId.begin(), Library.BuildId.end(),
                   [](char C) { return std::isxdigit(C) && !std::isupper(C); }))
    return fail(Pointer + "/build_id",
                "expected the build-id in lower-case hex, found '" +
                    Library.BuildId + "'");
  Out = std::move(Library);
  return true;
}

bool PolicyChecker::readStringList(const json &V, const std::string &Pointer,
                                   std::vector<std::string> &Out) {
  if (!expect(V, V.is_array(), Pointer, "an array of strings"))
    return false;
  for (size_t I = 0; I < V.size(); ++I) {
    std::string S;
    if (!readString(V[I], Pointer + "/" + std::to_string(I), S))
      return false;
    Out.push_back(std::move(S));
  }
  return true;
}

bool PolicyChecker::readUnsigned(const json &V, const std::string &Pointer,
                                 uint64_t Max, uint64_t &Out) {
  if (!expect(V, V.is_number_unsigned(), Pointer, "a non-negative integer"))
    return false;
  Out = V.get<uint64_t>();
  if (Out > Max)
    return fail(Pointer, "value " + std::to_string(Out) +
                             " is out of range; expected at most " +
                             std::to_string(Max));
  return true;
}

bool PolicyChecker::readAction(const json &V, const std::string &Pointer,
                               Action &Out) {
  std::string Name;
  if (!readString(V, Pointer, Name))
    return false;
  if (auto A = parseActionName(Name)) {
    Out = *A;
    return true;
  }
  return fail(Pointer, "unknown action '" + Name + "'; expected one of " +
                           joinQuoted(allActionNames()));
}

bool PolicyChecker::readArchitectures(const json &V, const std::string &Pointer,
                                      std::vector<std::string> &Out) {
  if (!readStringList(V, Pointer, Out))
    return false;
  for (size_t I = 0; I < Out.size(); ++I) {
    auto Table = SyscallTable::forArchitecture(Out[I]);
    if (!Table)
      return fail(Pointer + "/" + std::to_string(I),
                  "unknown architecture '" + Out[I] + "'; expected one of " +
                      joinQuoted(knownArchitectures()));
    Tables.push_back(std::move(*Table));
  }
  return true;
}

bool PolicyChecker::readSyscallName(const json &V, const std::string &Pointer,
                                    std::string &Out) {
  if (!readString(V, Pointer, Out))
    return false;
  bool KnownSomewhere = false;
  std::vector<std::string> Missing;
  for (const SyscallTable &T : Tables) {
    if (T.number(Out))
      KnownSomewhere = true;
    else
      Missing.push_back(T.architecture());
  }
  if (Missing.empty())
    return true;
  if (!KnownSomewhere)
    return fail(Pointer, Tables.front().unknownSyscallMessage(Out, 3));
  return fail(Pointer, "syscall '" + Out + "' does not exist on " +
                           joinQuoted(Missing) +
                           "; list it only for the architectures that have it");
}

bool PolicyChecker::readArg(const json &V, const std::string &Pointer,
                            ArgCondition &Out) {
  if (!expect(V, V.is_object(), Pointer, "an object"))
    return false;
  warnUnknownKeys(V, Pointer, {"index", "value", "valueTwo", "op"});
  for (const char *Required : {"index", "value", "op"})
    if (!V.contains(Required))
      return fail(Pointer, std::string("argument condition is missing '") +
                               Required + "'");
  uint64_t Index = 0;
  // seccomp_data carries six syscall arguments.
  if (!readUnsigned(V["index"], Pointer + "/index", 5, Index))
    return false;
  Out.Index = static_cast<unsigned>(Index);
  if (!readUnsigned(V["value"], Pointer + "/value", UINT64_MAX, Out.Value))
    return false;
  if (V.contains("valueTwo") &&
      !readUnsigned(V["valueTwo"], Pointer + "/valueTwo", UINT64_MAX,
                    Out.ValueTwo))
    return false;
  std::string Op;
  if (!readString(V["op"], Pointer + "/op", Op))
    return false;
  auto Parsed = parseCompareOpName(Op);
  if (!Parsed)
    return fail(Pointer + "/op", "unknown comparison operator '" + Op +
                                     "'; expected one of " +
                                     joinQuoted(allCompareOpNames()));
  Out.Op = *Parsed;
  return report(checkMaskedEqual(Out, Pointer, Locator));
}

bool PolicyChecker::readRule(const json &V, const std::string &Pointer,
                             SyscallRule &Out) {
  if (!expect(V, V.is_object(), Pointer, "an object"))
    return false;
  warnUnknownKeys(V, Pointer,
                  {"names", "name", "action", "errnoRet", "args", "comment",
                   "includes", "excludes"});
  std::vector<std::string> &Pointers = NamePointers.emplace_back();
  if (V.contains("name")) {
    std::string Name;
    if (!readSyscallName(V["name"], Pointer + "/name", Name))
      return false;
    Out.Names.push_back(Name);
    Pointers.push_back(Pointer + "/name");
  }
  if (V.contains("names")) {
    const json &Names = V["names"];
    if (!expect(Names, Names.is_array(), Pointer + "/names",
                "an array of syscall names"))
      return false;
    for (size_t I = 0; I < Names.size(); ++I) {
      std::string Name;
      std::string NamePointer = Pointer + "/names/" + std::to_string(I);
      if (!readSyscallName(Names[I], NamePointer, Name))
        return false;
      Out.Names.push_back(Name);
      Pointers.push_back(NamePointer);
    }
  }
  if (Out.Names.empty())
    return fail(Pointer, "rule names no syscall; expected a non-empty 'names' "
                         "array");
  if (!V.contains("action"))
    return fail(Pointer, "rule is missing 'action'");
  if (!readAction(V["action"], Pointer + "/action", Out.Act))
    return false;
  if (V.contains("errnoRet")) {
    uint64_t Errno = 0;
    if (!readUnsigned(V["errnoRet"], Pointer + "/errnoRet", 4095, Errno))
      return false;
    Out.ErrnoRet = static_cast<uint32_t>(Errno);
  }
  if (V.contains("args")) {
    const json &Args = V["args"];
    if (!expect(Args, Args.is_array(), Pointer + "/args",
                "an array of argument conditions"))
      return false;
    for (size_t I = 0; I < Args.size(); ++I) {
      ArgCondition C;
      if (!readArg(Args[I], Pointer + "/args/" + std::to_string(I), C))
        return false;
      Out.Args.push_back(C);
    }
    if (!report(checkConditionsCanHold(Out.Args, Pointer + "/args", Locator)))
      return false;
  }
  if (V.contains("comment") &&
      !readString(V["comment"], Pointer + "/comment", Out.Comment))
    return false;
  for (const char *Conditional : {"includes", "excludes"})
    if (V.contains(Conditional) && !V[Conditional].empty())
      warn(Pointer + "/" + Conditional,
           std::string("'") + Conditional +
               "' conditions are not evaluated; the rule applies always");
  return true;
}

bool PolicyChecker::readSite(const json &V, const std::string &Pointer,
                             Site &Out) {
  if (!expect(V, V.is_object(), Pointer, "an object"))
    return false;
  warnUnknownKeys(V, Pointer, {"file", "line", "column", "function", "via"});
  uint64_t Line = 0, Column = 0;
  if (V.contains("file") &&
      !readString(V["file"], Pointer + "/file", Out.Where.File))
    return false;
  if (V.contains("line") &&
      !readUnsigned(V["line"], Pointer + "/line", UINT32_MAX, Line))
    return false;
  if (V.contains("column") &&
      !readUnsigned(V["column"], Pointer + "/column", UINT32_MAX, Column))
    return false;
  Out.Where.Line = static_cast<unsigned>(Line);
  Out.Where.Column = static_cast<unsigned>(Column);
  if (V.contains("function") &&
      !readString(V["function"], Pointer + "/function", Out.Function))
    return false;
  if (V.contains("via") && !readString(V["via"], Pointer + "/via", Out.Via))
    return false;
  return true;
}

bool PolicyChecker::readSites(const json &V, const std::string &Pointer,
                              std::vector<Site> &Out) {
  if (!expect(V, V.is_array(), Pointer, "an array of sites"))
    return false;
  for (size_t I = 0; I < V.size(); ++I) {
    Site S;
    if (!readSite(V[I], Pointer + "/" + std::to_string(I), S))
      return false;
    Out.push_back(std::move(S));
  }
  return true;
}

bool PolicyChecker::readChain(const json &V, const std::string &Pointer,
                              std::vector<Frame> &Out) {
  if (!expect(V, V.is_array(), Pointer, "an array of frames"))
    return false;
  for (size_t I = 0; I < V.size(); ++I) {
    std::string FramePointer = Pointer + "/" + std::to_string(I);
    // A frame has a site's fields but "function" is the frame's function.
    Site S;
    if (!readSite(V[I], FramePointer, S))
      return false;
    Out.push_back({S.Function, S.Where, S.Via});
  }
  return true;
}

bool PolicyChecker::readArgumentUse(const json &V, const std::string &Pointer,
                                    ArgumentUse &Out) {
  if (!expect(V, V.is_object(), Pointer, "an object"))
    return false;
  warnUnknownKeys(V, Pointer, {"rule", "sites", "chain", "inputs"});
  if (V.contains("rule")) {
    const json &Rule = V["rule"];
    if (!expect(Rule, Rule.is_array(), Pointer + "/rule",
                "an array of argument conditions"))
      return false;
    for (size_t I = 0; I < Rule.size(); ++I) {
      ArgCondition C;
      if (!readArg(Rule[I], Pointer + "/rule/" + std::to_string(I), C))
        return false;
      Out.Conditions.push_back(C);
    }
  }
  if (V.contains("sites") &&
      !readSites(V["sites"], Pointer + "/sites", Out.Sites))
    return false;
  if (V.contains("chain") &&
      !readChain(V["chain"], Pointer + "/chain", Out.Chain))
    return false;
  if (V.contains("inputs") &&
      !readStringList(V["inputs"], Pointer + "/inputs", Out.Inputs))
    return false;
  return true;
}

bool PolicyChecker::readProvenance(const json &V, const std::string &Pointer,
                                   Provenance &Out) {
  if (!expect(V, V.is_object(), Pointer, "an object"))
    return false;
  warnUnknownKeys(V, Pointer,
                  {"version", "entries", "models", "baselines", "syscalls",
                   "unmodelled", "name_services", "inputs", "c_library"});
  if (V.contains("version") &&
      !readString(V["version"], Pointer + "/version", Out.ToolVersion))
    return false;
  const std::pair<const char *, std::vector<std::string> *> Lists[] = {
      {"entries", &Out.Entries},
      {"models", &Out.Models},
      {"baselines", &Out.Baselines},
      {"unmodelled", &Out.Unmodelled},
      {"name_services", &Out.NameServices},
      {"inputs", &Out.Inputs}};
  for (const auto &[Key, List] : Lists)
    if (V.contains(Key) && !readStringList(V[Key], Pointer + "/" + Key, *List))
      return false;
  if (V.contains("c_library") &&
      !readCLibrary(V["c_library"], Pointer + "/c_library", Out.CLibrary))
    return false;
  if (!V.contains("syscalls"))
    return true;
  const json &Syscalls = V["syscalls"];
  std::string SyscallsPointer = Pointer + "/syscalls";
  if (!expect(Syscalls, Syscalls.is_object(), SyscallsPointer, "an object"))
    return false;
  for (const auto &[Name, Entry] : Syscalls.items()) {
    std::string EntryPointer =
        SyscallsPointer + "/" + escapePointerSegment(Name);
    if (!expect(Entry, Entry.is_object(), EntryPointer, "an object"))
      return false;
    warnUnknownKeys(
        Entry, EntryPointer,
        {"sites", "chain", "baselines", "arguments", "unrestricted", "inputs"});
    if (Entry.contains("baselines") &&
        !readStringList(Entry["baselines"], EntryPointer + "/baselines",
                        Out.FromBaselines[Name]))
      return false;
    if (Entry.contains("sites") &&
        !readSites(Entry["sites"], EntryPointer + "/sites", Out.Sites[Name]))
      return false;
    if (Entry.contains("chain") &&
        !readChain(Entry["chain"], EntryPointer + "/chain", Out.Chains[Name]))
      return false;
    if (Entry.contains("inputs") &&
        !readStringList(Entry["inputs"], EntryPointer + "/inputs",
                        Out.FromInputs[Name]))
      return false;
    if (Entry.contains("unrestricted") &&
        !readString(Entry["unrestricted"], EntryPointer + "/unrestricted",
                    Out.Unrestricted[Name]))
      return false;
    if (Entry.contains("arguments")) {
      const json &Uses = Entry["arguments"];
      std::string UsesPointer = EntryPointer + "/arguments";
      if (!expect(Uses, Uses.is_array(), UsesPointer, "an array"))
        return false;
      std::vector<ArgumentUse> &Read = Out.Arguments[Name];
      for (size_t I = 0; I < Uses.size(); ++I) {
        ArgumentUse Use;
        if (!readArgumentUse(Uses[I], UsesPointer + "/" + std::to_string(I),
                             Use))
          return false;
        Read.push_back(std::move(Use));
      }
    }
  }
  return true;
}

std::optional<Policy> PolicyChecker::check(const json &Root) {
  if (!expect(Root, Root.is_object(), "", "a policy object"))
    return std::nullopt;
  // nlohmann keeps the last of a repeated member and drops the others.
  for (const JsonLocator::RepeatedKey &K : Locator.repeatedKeys()) {
    unsigned FirstLine = Locator.locateOffset(K.FirstOffset).Line;
    warn(K.Pointer, "duplicate key '" + K.Key +
                        "': this value replaces the one at line " +
                        std::to_string(FirstLine) + "; merge them");
  }
  Policy P;
  warnUnknownKeys(Root, "",
                  {"defaultAction", "defaultErrnoRet", "architectures",
                   "archMap", "flags", "listenerPath", "listenerMetadata",
                   "syscalls", "sysprune"});
  if (!Root.contains("defaultAction")) {
    fail("", "policy is missing 'defaultAction'; expected e.g. "
             "\"defaultAction\": \"SCMP_ACT_KILL_PROCESS\"");
    return std::nullopt;
  }
  if (!readAction(Root["defaultAction"], "/defaultAction", P.DefaultAction))
    return std::nullopt;
  if (Root.contains("defaultErrnoRet")) {
    uint64_t Errno = 0;
    if (!readUnsigned(Root["defaultErrnoRet"], "/defaultErrnoRet", 4095, Errno))
      return std::nullopt;
    P.DefaultErrnoRet = static_cast<uint32_t>(Errno);
  }
  if (Root.contains("architectures")) {
    if (!readArchitectures(Root["architectures"], "/architectures",
                           P.Architectures))
      return std::nullopt;
  }
  if (Tables.empty())
    Tables.push_back(SyscallTable::native());
  if (Root.contains("flags") &&
      !readStringList(Root["flags"], "/flags", P.Flags))
    return std::nullopt;
  if (Root.contains("syscalls")) {
    const json &Rules = Root["syscalls"];
    if (!expect(Rules, Rules.is_array(), "/syscalls", "an array of rules"))
      return std::nullopt;
    for (size_t I = 0; I < Rules.size(); ++I) {
      SyscallRule Rule;
      if (!readRule(Rules[I], "/syscalls/" + std::to_string(I), Rule))
        return std::nullopt;
      P.Syscalls.push_back(std::move(Rule));
    }
    Diagnostics Repeats =
        checkRepeatedSyscalls(P.Syscalls, NamePointers, Locator);
    Diags.insert(Diags.end(), Repeats.begin(), Repeats.end());
    if (hasErrors(Repeats))
      return std::nullopt;
  }
  if (!report(checkSomethingRuns(
          P, Root.contains("syscalls") ? "/syscalls" : "/defaultAction",
          Locator)))
    return std::nullopt;
  if (Root.contains("sysprune")) {
    Provenance Origin;
    if (!readProvenance(Root["sysprune"], "/sysprune", Origin))
      return std::nullopt;
    P.Origin = std::move(Origin);
  }
  return P;
}

} // namespace

ReadResult readPolicy(const std::string &Text, const std::string &File) {
  ReadResult Result;
  json Root;
  if (auto Error = parseLocated(Text, File, Root)) {
    Result.Diags.push_back(std::move(*Error));
    return Result;
  }
  PolicyChecker Checker(File, Text);
  Result.Value = Checker.check(Root);
  Result.Diags = std::move(Checker.Diags);
  if (hasErrors(Result.Diags))
    Result.Value.reset();
  return Result;
}

ReadResult readPolicyFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In) {
    ReadResult Result;
    Result.Diags.push_back(
        {Severity::Error,
         {Path, 0, 0},
         "cannot open policy file: " + std::string(std::strerror(errno)),
         ""});
    return Result;
  }
  std::stringstream Buffer;
  Buffer << In.rdbuf();
  return readPolicy(Buffer.str(), Path);
}

} // namespace sysprune::policy
