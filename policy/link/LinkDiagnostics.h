#pragma once

#include "policy/core/Diagnostic.h"
#include "policy/link/ArgumentRules.h"
#include "policy/link/CallGraph.h"
#include "policy/link/ProgramLinker.h"
#include "policy/link/UseCollector.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace sysprune::policy {

// What the link tells the user about what it could not put in the policy,
// or put there on an assumption.

/// The filter stays on across execve: a program that runs others hands them
/// its policy. A warning at the first place that runs a program the source
/// does not name (\p Named: the calls whose programs it names); a note when
/// it names them all.
void warnAboutExec(
    const std::map<std::string, std::vector<SyscallUse>> &Uses,
    const Reachability &Reachable, const std::set<SourceLocation> &Named,
    const std::set<std::pair<SourceLocation, std::string>> &ThroughPointers,
    Diagnostics &Diags);

/// The libc model covers what dlopen does to load a library, not what the
/// library's code does: warn at the first call, unless --lib models were
/// given, which the policy then assumes are what it loads.
void reportRuntimeLoad(const std::string &Function, const SourceLocation &Where,
                       const LinkOptions &Options, Diagnostics &Diags);

/// Says, for each name-service database a reachable lookup uses, which
/// services the system configures, and warns about each one glibc would
/// load from a module (libnss_SERVICE.so.2) that is on this system: the
/// libc model covers only the built-in services.
void reportNameServices(const NameServiceConfig &Config,
                        const UseCollector &Collector, Provenance &Origin,
                        Diagnostics &Diags);

/// What a call to \p Name, which no model describes, is: a warning; an
/// error where the program enforces the policy itself; a note where the
/// user accepts it. \p Name may say who calls it ("f (called by g in
/// libx.so)"); accepting "f" accepts every such call.
Diagnostic unmodelledCall(const std::string &Name, const SourceLocation &Where,
                          const LinkOptions &Options);

} // namespace sysprune::policy
