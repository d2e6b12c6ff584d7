// Facts files are written and read only by sysprune itself, so the reader
// relies on nlohmann's own type errors and reports the first one.

#include "policy/facts/FactsJson.h"

#include <nlohmann/json.hpp>

namespace sysprune::policy {

namespace {
using nlohmann::json;

// Field names are short: a large program has hundreds of thousands of facts.
json location(const SourceLocation &L) { return {L.File, L.Line, L.Column}; }

SourceLocation readLocation(const json &J) {
  return {J.at(0).get<std::string>(), J.at(1).get<unsigned>(),
          J.at(2).get<unsigned>()};
}

json args(const std::vector<ArgValue> &Args) {
  json Out = json::array();
  for (const ArgValue &A : Args) {
    switch (A.What) {
    case ArgValue::Kind::Unknown:
      Out.push_back(nullptr);
      break;
    case ArgValue::Kind::Constant:
      Out.push_back(A.Value);
      break;
    case ArgValue::Kind::Parameter:
      if (A.Value)
        Out.push_back(json{{"param", A.Param}, {"or", A.Value}});
      else
        Out.push_back(json{{"param", A.Param}});
      break;
    }
  }
  return Out;
}

std::vector<ArgValue> readArgs(const json &J) {
  std::vector<ArgValue> Out;
  for (const json &A : J) {
    if (A.is_null())
      Out.push_back({});
    else if (A.is_object())
      Out.push_back(ArgValue::parameter(A.at("param").get<unsigned>(),
                                        A.value("or", uint64_t{0})));
    else
      Out.push_back(ArgValue::constant(A.get<uint64_t>()));
  }
  return Out;
}

const char *kindName(CallKind K) {
  switch (K) {
  case CallKind::Direct:
    return "call";
  case CallKind::AddressTaken:
    return "address";
  case CallKind::Virtual:
    return "virtual";
  case CallKind::VtableSlot:
    return "vtable";
  }
  return "call";
}

CallKind readKind(const std::string &Name) {
  if (Name == "address")
    return CallKind::AddressTaken;
  if (Name == "virtual")
    return CallKind::Virtual;
  if (Name == "vtable")
    return CallKind::VtableSlot;
  if (Name == "call")
    return CallKind::Direct;
  throw std::invalid_argument("unknown call kind '" + Name + "'");
}

json function(const FunctionFacts &F) {
  json Out{{"id", F.Id}, {"name", F.Name}, {"at", location(F.Where)}};
  if (!F.Signature.empty())
    Out["type"] = F.Signature;
  if (F.External)
    Out["external"] = true;
  if (F.IsStaticInitialiser)
    Out["static_init"] = true;
  if (F.IsLibraryCode)
    Out["library"] = true;
  if (!F.Overrides.empty())
    Out["overrides"] = F.Overrides;
  json Calls = json::array();
  for (const CallFact &C : F.Calls) {
    json Call{{"to", C.Callee}, {"at", location(C.Where)}};
    if (C.CalleeName != C.Callee)
      Call["name"] = C.CalleeName;
    if (C.Kind != CallKind::Direct)
      Call["kind"] = kindName(C.Kind);
    if (!C.Args.empty())
      Call["args"] = args(C.Args);
    if (!C.Signature.empty())
      Call["type"] = C.Signature;
    if (C.Runs)
      Call["runs"] = *C.Runs;
    Calls.push_back(std::move(Call));
  }
  Out["calls"] = std::move(Calls);
  json Indirect = json::array();
  for (const IndirectCallFact &I : F.IndirectCalls)
    Indirect.push_back({{"type", I.Signature}, {"at", location(I.Where)}});
  Out["indirect"] = std::move(Indirect);
  json Syscalls = json::array();
  for (const DirectSyscallFact &S : F.Syscalls)
    Syscalls.push_back({{"nr", S.Number},
                        {"via", S.Via},
                        {"at", location(S.Where)},
                        {"args", args(S.Args)}});
  Out["syscalls"] = std::move(Syscalls);
  json Unresolved = json::array();
  for (const UnresolvedFact &U : F.Unresolved)
    Unresolved.push_back({{"message", U.Message},
                          {"check", U.Check},
                          {"at", location(U.Where)}});
  Out["unresolved"] = std::move(Unresolved);
  return Out;
}

FunctionFacts readFunction(const json &J) {
  FunctionFacts F;
  F.Id = J.at("id").get<std::string>();
  F.Name = J.at("name").get<std::string>();
  F.Where = readLocation(J.at("at"));
  F.Signature = J.value("type", "");
  F.External = J.value("external", false);
  F.IsStaticInitialiser = J.value("static_init", false);
  F.IsLibraryCode = J.value("library", false);
  if (J.contains("overrides"))
    F.Overrides = J.at("overrides").get<std::vector<std::string>>();
  for (const json &C : J.at("calls")) {
    CallFact Call;
    Call.Callee = C.at("to").get<std::string>();
    Call.CalleeName = C.value("name", Call.Callee);
    Call.Where = readLocation(C.at("at"));
    Call.Kind = readKind(C.value("kind", "call"));
    if (C.contains("args"))
      Call.Args = readArgs(C.at("args"));
    Call.Signature = C.value("type", "");
    if (C.contains("runs"))
      Call.Runs = C.at("runs").get<std::string>();
    F.Calls.push_back(std::move(Call));
  }
  for (const json &I : J.at("indirect"))
    F.IndirectCalls.push_back(
        {readLocation(I.at("at")), I.at("type").get<std::string>()});
  for (const json &S : J.at("syscalls"))
    F.Syscalls.push_back({S.at("nr").get<long>(), readLocation(S.at("at")),
                          S.at("via").get<std::string>(),
                          readArgs(S.at("args"))});
  for (const json &U : J.at("unresolved"))
    F.Unresolved.push_back({readLocation(U.at("at")),
                            U.at("message").get<std::string>(),
                            U.at("check").get<std::string>()});
  return F;
}
Severity readLevel(const std::string &Name) {
  if (Name == "note")
    return Severity::Note;
  if (Name == "warning")
    return Severity::Warning;
  if (Name == "error")
    return Severity::Error;
  throw std::invalid_argument("unknown severity '" + Name + "'");
}

json diagnostic(const Diagnostic &D) {
  json Out{{"level", severityName(D.Level)},
           {"at", location(D.Where)},
           {"message", D.Message}};
  if (!D.Check.empty())
    Out["check"] = D.Check;
  return Out;
}

Diagnostic readDiagnostic(const json &J) {
  return {readLevel(J.at("level").get<std::string>()), readLocation(J.at("at")),
          J.at("message").get<std::string>(), J.value("check", "")};
}

json finding(const Finding &F) {
  json Notes = json::array();
  for (const Diagnostic &N : F.Notes)
    Notes.push_back(diagnostic(N));
  json Fixes = json::array();
  for (const FixIt &Fix : F.Fixes)
    Fixes.push_back({{"from", location(Fix.Begin)},
                     {"to", location(Fix.End)},
                     {"text", Fix.Replacement}});
  return {{"main", diagnostic(F.Main)},
          {"notes", std::move(Notes)},
          {"fixes", std::move(Fixes)}};
}

Finding readFinding(const json &J) {
  Finding F;
  F.Main = readDiagnostic(J.at("main"));
  for (const json &N : J.at("notes"))
    F.Notes.push_back(readDiagnostic(N));
  for (const json &Fix : J.at("fixes"))
    F.Fixes.push_back({readLocation(Fix.at("from")), readLocation(Fix.at("to")),
                       Fix.at("text").get<std::string>()});
  return F;
}

// Written only when there is something to say: most translation units have
// no finding and no evidence.
json lint(const ProgramFacts &Facts) {
  json Out = json::object();
  if (!Facts.LintFindings.empty()) {
    json Findings = json::array();
    for (const Finding &F : Facts.LintFindings)
      Findings.push_back(finding(F));
    Out["findings"] = std::move(Findings);
  }
  const LintEvidence &E = Facts.Lint;
  if (!E.ThreadCreations.empty()) {
    json Threads = json::array();
    for (const SourceLocation &L : E.ThreadCreations)
      Threads.push_back(location(L));
    Out["threads"] = std::move(Threads);
  }
  if (!E.BlockedSignals.empty())
    Out["blocked"] = E.BlockedSignals;
  if (!E.SignalfdCalls.empty()) {
    json Calls = json::array();
    for (const SignalfdFact &S : E.SignalfdCalls) {
      json Signals = json::array();
      for (const auto &[Number, Spelling] : S.Signals)
        Signals.push_back({Number, Spelling});
      Calls.push_back({{"at", location(S.Where)}, {"signals", Signals}});
    }
    Out["signalfd"] = std::move(Calls);
  }
  return Out;
}

void readLint(const json &J, ProgramFacts &Facts) {
  for (const json &F : J.value("findings", json::array()))
    Facts.LintFindings.push_back(readFinding(F));
  for (const json &L : J.value("threads", json::array()))
    Facts.Lint.ThreadCreations.insert(readLocation(L));
  for (const json &S : J.value("blocked", json::array()))
    Facts.Lint.BlockedSignals.insert(S.get<int>());
  for (const json &C : J.value("signalfd", json::array())) {
    SignalfdFact S;
    S.Where = readLocation(C.at("at"));
    for (const json &Signal : C.at("signals"))
      S.Signals[Signal.at(0).get<int>()] = Signal.at(1).get<std::string>();
    Facts.Lint.SignalfdCalls.push_back(std::move(S));
  }
}
} // namespace

std::string writeFacts(const TranslationUnitFacts &TU) {
  json Inputs = json::array();
  for (const InputFile &I : TU.Inputs)
    Inputs.push_back({I.Path, I.Hash});
  json Functions = json::array();
  for (const auto &[Id, F] : TU.Facts.Functions)
    Functions.push_back(function(F));
  json Out{{"sysprune_facts", TU.ToolVersion},
           {"main_file", TU.MainFile},
           {"inputs", std::move(Inputs)},
           {"functions", std::move(Functions)}};
  if (json Lint = lint(TU.Facts); !Lint.empty())
    Out["lint"] = std::move(Lint);
  return Out.dump() + "\n";
}

std::optional<TranslationUnitFacts> readFacts(const std::string &Text,
                                              const std::string &File,
                                              Diagnostics &Diags) {
  try {
    json J = json::parse(Text);
    TranslationUnitFacts TU;
    TU.ToolVersion = J.at("sysprune_facts").get<std::string>();
    TU.MainFile = J.at("main_file").get<std::string>();
    for (const json &I : J.at("inputs"))
      TU.Inputs.push_back(
          {I.at(0).get<std::string>(), I.at(1).get<std::string>()});
    for (const json &F : J.at("functions")) {
      FunctionFacts Function = readFunction(F);
      std::string Id = Function.Id;
      TU.Facts.Functions.emplace(std::move(Id), std::move(Function));
    }
    if (J.contains("lint"))
      readLint(J.at("lint"), TU.Facts);
    return TU;
  } catch (const std::exception &E) {
    Diags.push_back({Severity::Error,
                     {File, 0, 0},
                     std::string("not a sysprune facts file: ") + E.what(),
                     ""});
    return std::nullopt;
  }
}

} // namespace sysprune::policy
