// The link's diagnostics: programs run, libraries loaded at run time,
// name-service modules, calls no model describes.

#include "policy/link/LinkDiagnostics.h"

#include "policy/binary/LinkedLibraries.h"
#include "policy/core/DiagnosticIds.h"
#include "policy/library/NameServices.h"
#include "policy/library/ProgramRuns.h"

namespace sysprune::policy {

/// The filter stays on across execve: a program that runs others hands them
/// its policy. A warning at the first place that runs a program the source
/// does not name (\p Named: the calls whose programs it names); a note when
/// it names them all.
void warnAboutExec(
    const std::map<std::string, std::vector<SyscallUse>> &Uses,
    const Reachability &Reachable, const std::set<SourceLocation> &Named,
    const std::set<std::pair<SourceLocation, std::string>> &ThroughPointers,
    Diagnostics &Diags) {
  const SyscallUse *First = nullptr, *FirstUnnamed = nullptr,
                   *FirstThroughPointers = nullptr;
  for (const std::string &Exec : programRunningSyscalls()) {
    auto It = Uses.find(Exec);
    if (It == Uses.end())
      continue;
    for (const SyscallUse &U : It->second) {
      if (U.Function && ThroughPointers.count({U.Where, U.At.Via})) {
        if (isShallower(U, FirstThroughPointers, Reachable))
          FirstThroughPointers = &U;
        continue;
      }
      if (isShallower(U, First, Reachable))
        First = &U;
      if (!Named.count(U.Where) && isShallower(U, FirstUnnamed, Reachable))
        FirstUnnamed = &U;
    }
  }
  if (FirstUnnamed)
    Diags.push_back(
        {Severity::Warning, FirstUnnamed->Where,
         "the program runs other programs here (through '" +
             FirstUnnamed->At.Via +
             "'): they inherit the seccomp filter, so the policy must also "
             "allow what they do: name each with --runs PROGRAM (RUNS in "
             "sysprune_harden), or harden only a process that runs none",
         diag::Exec});
  else if (First)
    Diags.push_back({Severity::Note, First->Where,
                     "the program runs other programs here (through '" +
                         First->At.Via + "'), which the source names",
                     diag::Exec});
  else if (FirstThroughPointers)
    Diags.push_back(
        {Severity::Note, FirstThroughPointers->Where,
         "execve is allowed: the C library's machine code may reach it "
         "through calls through pointers (from '" +
             FirstThroughPointers->At.Via +
             "'), though no function the program calls runs programs as far "
             "as the hand-checked model knows",
         diag::Exec});
}

/// The libc model covers what dlopen does to load a library, not what the
/// library's code does: warn at the first call, unless --lib models were
/// given, which the policy then assumes are what it loads.
void reportRuntimeLoad(const std::string &Function, const SourceLocation &Where,
                       const LinkOptions &Options, Diagnostics &Diags) {
  if (Options.Libraries.empty()) {
    Diags.push_back({Severity::Warning, Where,
                     "'" + Function +
                         "' loads a library at run time: what its code "
                         "(and its constructors) does is not in the policy; "
                         "model the libraries it loads with --lib",
                     diag::Dlopen});
    return;
  }
  std::string Names;
  for (const LibraryModel *M : Options.Libraries)
    Names += (Names.empty() ? "" : ", ") + M->name();
  Diags.push_back(
      {Severity::Note, Where,
       "'" + Function +
           "' loads a library at run time; the policy assumes "
           "it is one of the libraries modelled from their machine code (" +
           Names + ")",
       diag::Dlopen});
}

/// Says, for each name-service database a reachable lookup uses, which
/// services the system configures, and warns about each one glibc would
/// load from a module (libnss_SERVICE.so.2) that is on this system: the
/// libc model covers only the built-in services.
void reportNameServices(const NameServiceConfig &Config,
                        const UseCollector &Collector, Provenance &Origin,
                        Diagnostics &Diags) {
  for (const auto &[Database, First] : Collector.Lookups) {
    const SourceLocation &Where = First.Where;
    const std::string &Function = First.Function;
    std::string Line = Database + ":";
    const char *Separator = " ";
    for (const std::string &Service : Config.servicesOf(Database)) {
      Line += Separator + Service;
      Separator = ", ";
      if (isBuiltinNameService(Service))
        continue;
      std::string Module = nameServiceModule(Service);
      auto Path = binary::findSystemLibrary(Module);
      if (!Path) {
        Line += " (no " + Module + " here)";
        continue;
      }
      if (Collector.ModelledModules.count(*Path)) {
        Line += " (" + Module + ", modelled from its machine code)";
        Diags.push_back(
            {Severity::Note, Where,
             "'" + displayName(Function) + "' looks up the '" + Database +
                 "' database, which the system also "
                 "serves through '" +
                 Service + "' (nsswitch.conf); the policy includes what " +
                 *Path + ", which glibc loads for it, can do",
             diag::NameService});
        continue;
      }
      Line += " (" + Module + ", not modelled)";
      Diags.push_back(
          {Severity::Warning, Where,
           "'" + displayName(Function) + "' looks up the '" + Database +
               "' database, which the system also serves through '" + Service +
               "' (nsswitch.conf); glibc loads " + *Path +
               " for it at run time, and the policy does not cover what it "
               "does",
           diag::NameService});
    }
    Origin.NameServices.push_back(std::move(Line));
  }
}

/// What a call to \p Name, which no model describes, is: a warning; an
/// error where the program enforces the policy itself; a note where the
/// user accepts it. \p Name may say who calls it ("f (called by g in
/// libx.so)"); accepting "f" accepts every such call.
Diagnostic unmodelledCall(const std::string &Name, const SourceLocation &Where,
                          const LinkOptions &Options) {
  std::string Function = Name.substr(0, Name.find(" (called by "));
  std::string Message = "no library model describes '" + Name + "'";
  if (Options.AllowedUnmodelled.count(Function) ||
      Options.AllowedUnmodelled.count(Name))
    return {Severity::Note, Where,
            Message +
                "; the policy assumes it makes no syscalls, as "
                "--allow-unmodelled '" +
                Function + "' says",
            diag::Unmodelled};
  if (Options.UnmodelledIsError)
    return {Severity::Error, Where,
            Message +
                ", so a syscall it makes would kill the hardened "
                "program; model the library that defines it (LIBS in "
                "sysprune_harden, --lib LIBRARY.so), or accept that it "
                "makes none with ALLOW_UNMODELLED '" +
                Function + "' (--allow-unmodelled)",
            diag::Unmodelled};
  return {Severity::Warning, Where,
          Message + "; the policy assumes it makes no syscalls",
          diag::Unmodelled};
}

} // namespace sysprune::policy
