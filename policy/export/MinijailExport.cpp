#include "policy/export/MinijailExport.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <map>
#include <vector>

namespace sysprune::policy {

namespace {
// What one syscall's line says.
struct MinijailLine {
  /// The policy's rules that name the syscall, merged: allowed with any
  /// arguments, when one of these conjunctions holds, or failed with an
  /// errno.
  bool Always = false;
  std::vector<std::string> Alternatives;
  std::optional<uint32_t> Errno;
};

std::string hex(uint64_t Value) {
  char Text[24];
  std::snprintf(Text, sizeof(Text), "0x%" PRIx64, Value);
  return Text;
}

// Small values (options, file descriptors) read better in decimal.
std::string constant(uint64_t Value) {
  return Value < 0x1000 ? std::to_string(Value) : hex(Value);
}

std::string errnoText(uint32_t Errno) {
  const char *Name = strerrorname_np(static_cast<int>(Errno));
  return std::to_string(Errno) + (Name ? std::string(" (") + Name + ")" : "");
}

// Appends the minijail atoms (AND-ed) that say \p C. minijail compares
// whole 64-bit arguments, unsigned, as libseccomp does; it has no masked
// equality, but `&` holds when any bit of its mask is set and `in` when no
// bit outside its mask is: (arg & M) == V is each bit of V set and the
// other bits of M clear. false when the condition can never hold.
bool appendAtoms(const ArgCondition &C, std::vector<std::string> &Atoms) {
  std::string Arg = "arg" + std::to_string(C.Index);
  if (C.Op != CompareOp::MaskedEqual) {
    // minijail spells the other comparisons as C does.
    static const std::map<CompareOp, const char *> Operators = {
        {CompareOp::NotEqual, " != "},     {CompareOp::Less, " < "},
        {CompareOp::LessEqual, " <= "},    {CompareOp::Equal, " == "},
        {CompareOp::GreaterEqual, " >= "}, {CompareOp::Greater, " > "}};
    Atoms.push_back(Arg + Operators.at(C.Op) + constant(C.Value));
    return true;
  }
  uint64_t Mask = C.Value, Want = C.ValueTwo;
  if (Want & ~Mask)
    return false;
  if (Mask == ~uint64_t(0)) {
    Atoms.push_back(Arg + " == " + constant(Want));
    return true;
  }
  for (unsigned Bit = 0; Bit < 64; ++Bit)
    if (Want >> Bit & 1)
      Atoms.push_back(Arg + " & " + hex(uint64_t(1) << Bit));
  if (uint64_t Clear = Mask & ~Want)
    Atoms.push_back(Arg + " in ~" + hex(Clear));
  return true;
}

// The minijail0 flags and the header comment for the policy's default
// action and filter flags; false, with Why set, when minijail0 cannot do
// what they ask.
bool describeDefault(const Policy &P, std::string &Flags, std::string &Note,
                     std::string &Why) {
  switch (P.DefaultAction) {
  case Action::KillProcess:
    Flags = "-Y";
    Note = "# A syscall not listed here kills the process (-Y: minijail0 "
           "then kills the\n# whole process, and installs the filter on "
           "every thread).\n";
    break;
  case Action::KillThread:
    Note = "# A syscall not listed here kills the thread that makes it "
           "(minijail0's default).\n";
    break;
  case Action::Errno:
    Flags = "-Y";
    Note = "# A syscall not listed here: the policy fails it with errno " +
           errnoText(P.DefaultErrnoRet.value_or(1)) +
           ";\n# minijail has no default errno, so minijail0 kills the "
           "process instead.\n";
    break;
  case Action::Log:
    Flags = "-L";
    Note = "# A syscall not listed here is logged and runs (-L).\n";
    break;
  default:
    Why = std::string("minijail0 cannot make its default ") +
          actionName(P.DefaultAction) + " (it kills, or with -L logs)";
    return false;
  }
  for (const std::string &Flag : P.Flags) {
    if (Flag == "SECCOMP_FILTER_FLAG_TSYNC") {
      if (P.DefaultAction == Action::KillThread) {
        Why = "minijail0 synchronises threads (-Y) only when it kills "
              "the whole process, and the policy kills a thread";
        return false;
      }
      if (Flags.empty())
        Flags = "-Y";
    } else if (Flag == "SECCOMP_FILTER_FLAG_SPEC_ALLOW") {
      Flags += " --allow-speculative-execution";
    } else {
      Why = "minijail0 has no option for the filter flag " + Flag;
      return false;
    }
  }
  return true;
}

/// The conditions of \p Rule as one minijail conjunction (empty for any
/// arguments); false, with Why set, when they can never hold.
bool conjunctionOf(const SyscallRule &Rule, std::string &Conjunction,
                   std::string &Why) {
  std::vector<std::string> Atoms;
  for (const ArgCondition &C : Rule.Args)
    if (!appendAtoms(C, Atoms)) {
      Why = "the condition " + hex(C.Value) + " masked equal to " +
            hex(C.ValueTwo) + " on argument " + std::to_string(C.Index) +
            " can never hold";
      return false;
    }
  for (const std::string &Atom : Atoms)
    Conjunction += (Conjunction.empty() ? "" : " && ") + Atom;
  return true;
}

/// The policy's rules merged into one line a syscall, since minijail0
/// refuses a syscall named on two lines; false, with Why set, when a
/// minijail policy line cannot say what they do.
bool mergeRules(const Policy &P, std::map<std::string, MinijailLine> &Lines,
                std::string &Why) {
  for (const SyscallRule &Rule : P.Syscalls) {
    if (Rule.Act != Action::Allow && Rule.Act != Action::Errno) {
      Why = std::string("a rule with ") + actionName(Rule.Act) +
            " cannot be written as a minijail policy line (it allows, "
            "or returns an errno)";
      return false;
    }
    if (Rule.Act == Action::Errno && !Rule.Args.empty()) {
      Why = "minijail cannot return an errno for some arguments only (`; "
            "return N` applies when the arguments do not match)";
      return false;
    }
    std::string Conjunction;
    if (!conjunctionOf(Rule, Conjunction, Why))
      return false;
    for (const std::string &Name : Rule.Names) {
      MinijailLine &Line = Lines[Name];
      if (Rule.Act == Action::Errno)
        Line.Errno = Rule.ErrnoRet.value_or(1);
      else if (Conjunction.empty())
        Line.Always = true;
      else
        Line.Alternatives.push_back(Conjunction);
      if (Line.Errno && (Line.Always || !Line.Alternatives.empty())) {
        Why = Name + " is both allowed and failed with an errno, which one "
                     "minijail policy line cannot say";
        return false;
      }
    }
  }
  return true;
}

/// The policy file's header: how to run minijail0 with it (\p Flags) and
/// what its default does (\p DefaultNote, and \p ArgumentsFail, what a
/// line's `; return N` says).
std::string header(const Policy &P, const std::string &Source,
                   const std::string &Flags, const std::string &DefaultNote,
                   const std::string &ArgumentsFail) {
  std::string Architecture = P.Architectures.empty()
                                 ? "the architecture minijail0 runs on"
                                 : P.Architectures.front();
  std::string Out = "# Generated by `sysprune export --format minijail` from " +
                    Source + ".\n# A Minijail seccomp policy for " +
                    Architecture + ":\n#   minijail0 -n " +
                    (Flags.empty() ? "" : Flags + " ") +
                    "-S FILE -- PROGRAM\n" + DefaultNote;
  if (!ArgumentsFail.empty())
    Out += "# `EXPRESSION" + ArgumentsFail +
           "`: allowed where EXPRESSION holds, otherwise that "
           "errno\n# (minijail0 -S; compile_seccomp_policy.py reads it the "
           "other way round).\n";
  return Out;
}

/// Writes one line a syscall of \p Lines, where the policy first names
/// it, under the comment of the rule that does.
void writeLines(const Policy &P, std::map<std::string, MinijailLine> Lines,
                const std::string &ArgumentsFail, std::string &Out) {
  for (const SyscallRule &Rule : P.Syscalls) {
    bool Commented = false;
    for (const std::string &Name : Rule.Names) {
      auto It = Lines.find(Name);
      if (It == Lines.end())
        continue; // written already
      if (!Rule.Comment.empty() && !Commented) {
        Out += "# " + Rule.Comment + "\n";
        Commented = true;
      }
      const MinijailLine &Line = It->second;
      Out += Name + ": ";
      if (Line.Errno) {
        Out += "return " + std::to_string(*Line.Errno);
      } else if (Line.Always) {
        Out += "1";
      } else {
        const char *Separator = "";
        for (const std::string &Alternative : Line.Alternatives) {
          Out += Separator + Alternative;
          Separator = " || ";
        }
        Out += ArgumentsFail;
      }
      Out += "\n";
      Lines.erase(It);
    }
  }
}
/// The policy file; nullopt, with \p Why set, when minijail cannot say
/// what \p P does.
std::optional<std::string>
minijailPolicy(const Policy &P, const std::string &Source, std::string &Why) {
  if (P.Architectures.size() > 1) {
    Why = "a minijail policy is for the one architecture minijail0 runs on, "
          "and the policy lists " +
          std::to_string(P.Architectures.size()) +
          " (export a policy that lists one)";
    return std::nullopt;
  }
  std::string Flags, DefaultNote;
  if (!describeDefault(P, Flags, DefaultNote, Why))
    return std::nullopt;
  std::map<std::string, MinijailLine> Lines;
  if (!mergeRules(P, Lines, Why))
    return std::nullopt;

  // Under an errno default, a line's arguments that do not match fail the
  // call with it, as the policy's default would.
  std::string ArgumentsFail;
  if (P.DefaultAction == Action::Errno)
    ArgumentsFail = "; return " + std::to_string(P.DefaultErrnoRet.value_or(1));
  std::string Out = header(P, Source, Flags, DefaultNote, ArgumentsFail);
  writeLines(P, std::move(Lines), ArgumentsFail, Out);
  return Out;
}

} // namespace

std::optional<std::string>
exportMinijail(const Policy &P, const std::string &Source, Diagnostics &Diags) {
  std::string Why;
  auto Text = minijailPolicy(P, Source, Why);
  if (!Text)
    Diags.push_back({Severity::Error,
                     {Source, 0, 0},
                     "cannot write the policy for minijail: " + Why,
                     ""});
  return Text;
}

} // namespace sysprune::policy
